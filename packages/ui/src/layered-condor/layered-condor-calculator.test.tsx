// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LayeredCondorCalculator } from './layered-condor-calculator';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/layered-condors');
});

function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

const layers = [
  { days: 45, longPut: 5600, shortPut: 5650, shortCall: 6350, longCall: 6400, credit: 12.5 },
  { days: 18, longPut: 5720, shortPut: 5745, shortCall: 6255, longCall: 6280, credit: 4.1 },
];

describe('LayeredCondorCalculator', () => {
  it('shows the totals of the article’s layers', () => {
    render(<LayeredCondorCalculator layers={layers} />);
    expect(stat('Total max profit')).toBe('$1,660');
    expect(stat('Total max risk')).toBe('$5,840');
    expect(screen.getByRole('rowheader', { name: '2 (18 DTE)' })).toBeInTheDocument();
  });

  it('adds and removes a third layer', async () => {
    const user = userEvent.setup();
    render(<LayeredCondorCalculator layers={layers} />);
    await user.click(screen.getByRole('button', { name: 'Add a third layer' }));
    expect(screen.getByRole('textbox', { name: 'Layer 3: Days to expiration' })).toHaveValue('30');
    expect(screen.getByRole('rowheader', { name: '3 (30 DTE)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove layer 3' }));
    expect(screen.queryByRole('textbox', { name: 'Layer 3: Days to expiration' })).toBeNull();
  });

  it('flags a bad strike in one layer and dims the last result', async () => {
    const user = userEvent.setup();
    const { container } = render(<LayeredCondorCalculator layers={layers} />);
    const field = screen.getByRole('textbox', { name: 'Layer 2: Long call' });
    await user.clear(field);
    await user.type(field, '6200');
    expect(field).toHaveAccessibleDescription('The long call must be above the short call, 6,255.');
    expect(stat('Total max profit')).toBe('$1,660');
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
