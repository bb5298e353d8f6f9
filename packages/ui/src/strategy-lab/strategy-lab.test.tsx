// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StrategyLab } from './strategy-lab';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/strategy-lab');
});

const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;

describe('StrategyLab', () => {
  it('starts from the iron condor template with its figures, Greeks and P&L table', () => {
    const { container } = render(<StrategyLab />);
    expect(screen.getAllByRole('group', { name: /^Leg \d$/ })).toHaveLength(4);
    expect(figure('Net credit')).toHaveTextContent('$');
    expect(figure('Probability of profit')).toHaveTextContent('%');
    expect(figure('Theta')).toHaveTextContent('+$');
    expect(screen.getAllByRole('rowheader').length).toBeGreaterThanOrEqual(40);
    expect(container.textContent).not.toMatch(/NaN/);
  });

  it('reports Unlimited from the engine for a long call and edits legs', async () => {
    const user = userEvent.setup();
    render(
      <StrategyLab legs={[{ type: 'call', side: 'buy', quantity: 1, strike: 6000, days: 30 }]} />,
    );
    expect(figure('Max profit')).toHaveTextContent('Unlimited');
    await user.click(screen.getByRole('button', { name: 'Add a leg' }));
    expect(screen.getAllByRole('group', { name: /^Leg \d$/ })).toHaveLength(2);
    // a second long call at the same strike, sold: the position is flat
    const sides = screen.getAllByRole('radio', { name: 'Sell' });
    await user.click(sides[1]!);
    expect(figure('Max profit')).toHaveTextContent('$0.00');
  });

  it('applies a template from the picker: a calendar has a later leg valued at the front expiry', async () => {
    const user = userEvent.setup();
    render(<StrategyLab />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Start from a template' }),
      'calendar',
    );
    expect(screen.getAllByRole('group', { name: /^Leg \d$/ })).toHaveLength(2);
    expect(figure('Net debit')).toHaveTextContent('$');
    expect(figure('Max loss')?.textContent).not.toMatch(/Unlimited/);
  });
});
