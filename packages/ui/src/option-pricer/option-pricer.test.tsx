// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionPricer } from './option-pricer';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/option-pricer');
});

function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('OptionPricer', () => {
  it('goes from price to implied volatility and back', async () => {
    const user = userEvent.setup();
    render(<OptionPricer volatility={0.2} />);
    const price = stat('Price per share');
    await user.click(screen.getByRole('radio', { name: 'Volatility from price' }));
    expect(screen.getByRole('textbox', { name: 'Option price per share' })).toHaveValue(price);
    expect(stat('Implied volatility')).toMatch(/^20\.0\d%$/);
    await user.click(screen.getByRole('radio', { name: 'Price from volatility' }));
    expect(screen.getByRole('textbox', { name: 'Volatility' })).toHaveValue('20');
  });

  it('shows why a price has no implied volatility, at the field', async () => {
    const user = userEvent.setup();
    const { container } = render(<OptionPricer strike={5000} />);
    await user.click(screen.getByRole('radio', { name: 'Volatility from price' }));
    const price = screen.getByRole('textbox', { name: 'Option price per share' });
    await user.clear(price);
    await user.type(price, '10');
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveAccessibleDescription(/below the option’s discounted intrinsic value/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('labels the Greek units', () => {
    render(<OptionPricer />);
    expect(screen.getByRole('rowheader', { name: 'Theta' }).parentElement).toHaveTextContent(
      'per calendar day',
    );
    expect(screen.getByRole('rowheader', { name: 'Vega' }).parentElement).toHaveTextContent(
      'per volatility point (1%)',
    );
  });
});
