// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IrrCalculator } from './irr-calculator';
import { NpvCalculator } from './npv-calculator';
import { XirrCalculator } from './xirr-calculator';

function figure(label: string): HTMLElement | null {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement | null;
}

describe('cash-flow term calculators', () => {
  it('NpvCalculator shows +19.71 and each present value for the glossary example', () => {
    render(<NpvCalculator rate={0.07896} cashFlows={[-1000, 300, 400, 500]} />);
    expect(figure('Net present value')).toHaveTextContent('+19.71');
    const table = screen.getByRole('table', { name: 'Present value of each cash flow' });
    expect(table).toHaveTextContent('278.05');
    expect(table).toHaveTextContent('343.60');
    expect(table).toHaveTextContent('398.06');
  });

  it('IrrCalculator adds a year (focused) and removes it again', async () => {
    const user = userEvent.setup();
    render(<IrrCalculator cashFlows={[-1000, 300, 400, 500]} hurdleRate={0.1} />);
    expect(figure('Internal rate of return')).toHaveTextContent('8.90%');
    expect(figure('NPV at 10%')).toHaveTextContent('−21.04');
    await user.click(screen.getByRole('button', { name: 'Add a year' }));
    const year4 = screen.getByRole('textbox', { name: 'Year 4' });
    expect(year4).toHaveFocus();
    await user.clear(year4);
    await user.type(year4, '200');
    expect(figure('Internal rate of return')).not.toHaveTextContent('8.90%');
    await user.click(screen.getByRole('button', { name: 'Remove year 4' }));
    expect(screen.queryByRole('textbox', { name: 'Year 4' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Year 3' })).toHaveFocus();
    expect(figure('Internal rate of return')).toHaveTextContent('8.90%');
  });

  it('IrrCalculator keeps at least two rows', async () => {
    const user = userEvent.setup();
    render(<IrrCalculator cashFlows={[-100, 110]} />);
    expect(screen.getByRole('button', { name: 'Remove year 1' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove year 0 (today)' }));
    expect(screen.getAllByRole('textbox', { name: /^Year/ })).toHaveLength(2);
  });

  it('IrrCalculator explains flows with no sign change instead of showing NaN', async () => {
    const user = userEvent.setup();
    const { container } = render(<IrrCalculator />);
    const year0 = screen.getByRole('textbox', { name: 'Year 0 (today)' });
    await user.clear(year0);
    await user.type(year0, '1000');
    expect(screen.getByText(/at least one negative cash flow/)).toBeVisible();
    expect(screen.getByRole('group', { name: 'Cash flows' })).toHaveAccessibleDescription(
      /at least one negative/,
    );
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('XirrCalculator shows 8.79% for the account example and the age of each flow', () => {
    render(<XirrCalculator />);
    expect(figure('XIRR (per year)')).toHaveTextContent('8.79%');
    expect(screen.getByText('89 days after the first flow')).toBeVisible();
    expect(screen.getByTestId('formula-readout')).toHaveTextContent('^(363/365)');
  });

  it('XirrCalculator flags an empty date at the field', () => {
    render(<XirrCalculator />);
    const date = screen.getByLabelText('Flow 2 date');
    fireEvent.change(date, { target: { value: '' } });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Enter a date.');
  });
});
