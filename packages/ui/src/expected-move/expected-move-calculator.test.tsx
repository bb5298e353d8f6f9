// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExpectedMoveCalculator } from './expected-move-calculator';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/expected-move');
});

describe('ExpectedMoveCalculator', () => {
  it('shows ranges for a day, a week and expiration', () => {
    render(<ExpectedMoveCalculator />);
    expect(screen.getByRole('rowheader', { name: '1 day' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '1 week' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'To expiration (45 days)' })).toBeInTheDocument();
    expect(screen.getByText('1-SD range', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '5,662.92 – 6,337.08',
    );
    expect(
      screen.getByText('1-SD move to expiration', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('±337.08');
    expect(screen.getByText(/one day’s 1-SD move is ±60\.47\./)).toBeInTheDocument();
  });

  it('flags an invalid volatility at the field and dims the last result', async () => {
    const user = userEvent.setup();
    const { container } = render(<ExpectedMoveCalculator volatility={0.2} />);
    const field = screen.getByRole('textbox', { name: 'Implied volatility' });
    await user.clear(field);
    await user.type(field, '-3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Enter a value from 1% up to 300%/);
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
