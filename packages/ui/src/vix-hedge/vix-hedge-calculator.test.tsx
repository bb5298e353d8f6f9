// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { VixHedgeCalculator } from './vix-hedge-calculator';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/vix-hedge');
});

function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('VixHedgeCalculator', () => {
  it('shows the spreads, the cost and the scenario grid', () => {
    render(<VixHedgeCalculator />);
    expect(stat('Spreads to buy')).toBe('106');
    expect(stat('Loss in the shock, unhedged')).toBe('−$200,000');
    expect(screen.getByRole('table', { name: /Hedged P&L by SPX move/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'VIX 36' })).toBeInTheDocument();
  });

  it('flags the strikes out of order at the short strike', async () => {
    const user = userEvent.setup();
    const { container } = render(<VixHedgeCalculator />);
    const short = screen.getByRole('textbox', { name: 'Short call strike (sold)' });
    await user.clear(short);
    await user.type(short, '18');
    expect(short).toHaveAccessibleDescription(
      'The short strike must be above the long strike, 20.',
    );
    expect(stat('Spreads to buy')).toBe('106');
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
