// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BreakEvenCalculator } from './break-even-calculator';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/break-even');
});

function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('BreakEvenCalculator', () => {
  it('shows the article’s iron condor break-evens', () => {
    render(
      <BreakEvenCalculator
        strategy="iron-condor"
        strikes={[5600, 5650, 6350, 6400]}
        premium={12.5}
        spot={6000}
        volatility={0.16}
        days={45}
      />,
    );
    expect(stat('Break-even 1')).toBe('5,637.50');
    expect(stat('Break-even 2')).toBe('6,362.50');
    expect(screen.getByRole('rowheader', { name: '6,362.50' }).parentElement).toHaveTextContent(
      '+362.50+6.04%+1.08',
    );
  });

  it('changes the strike fields with the strategy', async () => {
    const user = userEvent.setup();
    render(<BreakEvenCalculator />);
    expect(screen.getAllByRole('textbox', { name: /put|call/i })).toHaveLength(4);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Strategy' }), 'call');
    expect(screen.getByRole('textbox', { name: 'Strike' })).toHaveValue('6000');
    expect(stat('Max profit per contract')).toBe('Unlimited');
  });

  it('shows a field message for a strike out of order', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <BreakEvenCalculator strategy="call-spread" strikes={[6000, 6100]} premium={40} />,
    );
    const higher = screen.getByRole('textbox', { name: 'Higher strike (sold call)' });
    await user.clear(higher);
    await user.type(higher, '5900');
    expect(higher).toHaveAccessibleDescription(
      'The higher strike must be above the lower strike, 6,000.',
    );
    expect(stat('Break-even')).toBe('6,040.00');
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
