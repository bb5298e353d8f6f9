// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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

  it('writes an edit into the drawn table exactly as a fresh render of the edited lab draws it', async () => {
    const user = userEvent.setup();
    const bodies = (root: HTMLElement) =>
      [...root.querySelectorAll('[data-scroll-table] tbody')].map((b) => b.innerHTML);
    const edited = render(<StrategyLab />);
    const before = bodies(edited.container);
    const field = screen.getByRole('textbox', { name: 'Implied volatility (at the money)' });
    await user.clear(field);
    await user.type(field, '21');
    // a calendar, then the condor again: the rows are written twice more
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Start from a template' }),
      'calendar',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Start from a template' }),
      'iron-condor',
    );
    // the cells are written a frame after the figures
    await waitFor(() => expect(edited.container.querySelector('[aria-busy]')).toBeNull());
    const after = bodies(edited.container);
    edited.unmount();
    window.history.replaceState(null, '', '/calculators/strategy-lab');
    const fresh = render(<StrategyLab volatility={0.21} />);
    expect(after).toEqual(bodies(fresh.container));
    expect(after).not.toEqual(before);
  });

  it('is not left busy when the table changes shape while an edit is still being written', async () => {
    const { container } = render(<StrategyLab />);
    const field = screen.getByRole('textbox', { name: 'Implied volatility (at the money)' });
    fireEvent.change(field, { target: { value: '22' } });
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    // before a frame has passed: a first expiration 10 days out gives 11 dates, not 30, so
    // the rows are drawn anew
    fireEvent.change(screen.getByRole('textbox', { name: 'Leg 1: Days to expiration' }), {
      target: { value: '10' },
    });
    expect(screen.getAllByRole('columnheader').length).toBeLessThan(20);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(container.querySelector('[aria-busy]')).toBeNull();
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
