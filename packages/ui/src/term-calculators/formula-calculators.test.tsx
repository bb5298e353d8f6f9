// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CapmCalculator } from './capm-calculator';
import { DividendDiscountCalculator } from './dividend-discount-calculator';
import { PeRatioCalculator } from './pe-ratio-calculator';
import { PriceToCashFlowCalculator } from './price-to-cash-flow-calculator';
import { QuickRatioCalculator } from './quick-ratio-calculator';
import { readoutChunks } from './term-calculator-frame';
import { WaccCalculator } from './wacc-calculator';

function figure(label: string): HTMLElement | null {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement | null;
}

describe('single-formula term calculators', () => {
  it('CapmCalculator shows the required return and the substituted formula', () => {
    render(<CapmCalculator riskFreeRate={0.04} beta={1.2} marketReturn={0.09} />);
    expect(screen.getByRole('heading', { level: 3, name: 'CAPM expected return' })).toBeVisible();
    expect(figure('Expected (required) return')).toHaveTextContent('10.00%');
    expect(screen.getByTestId('formula-readout')).toHaveTextContent(
      'E[R] = 4% + 1.2 × (9% − 4%) = 10.00%',
    );
  });

  it('CapmCalculator updates as the reader types and Reset restores the example', async () => {
    const user = userEvent.setup();
    render(<CapmCalculator />);
    const beta = screen.getByRole('textbox', { name: 'Beta' });
    await user.clear(beta);
    await user.type(beta, '0.7');
    expect(figure('Expected (required) return')).toHaveTextContent('7.50%');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(beta).toHaveValue('1.2');
    expect(figure('Expected (required) return')).toHaveTextContent('10.00%');
  });

  it('DividendDiscountCalculator flags growth at or above the required return, without NaN', async () => {
    const user = userEvent.setup();
    const { container } = render(<DividendDiscountCalculator />);
    expect(figure('Value per share (P₀)')).toHaveTextContent('41.60');
    const growth = screen.getByRole('textbox', { name: 'Dividend growth (g)' });
    await user.clear(growth);
    await user.type(growth, '9');
    expect(growth).toHaveAttribute('aria-invalid', 'true');
    expect(growth).toHaveAccessibleDescription(/below the required return/);
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('WaccCalculator shows 7.90% for the glossary firm', () => {
    render(<WaccCalculator />);
    expect(figure('WACC')).toHaveTextContent('7.90%');
  });

  it('PeRatioCalculator and PriceToCashFlowCalculator show 25.0 and 15.0', () => {
    render(
      <>
        <PeRatioCalculator price={150} earningsPerShare={6} />
        <PriceToCashFlowCalculator price={150} cashFlowPerShare={10} />
      </>,
    );
    expect(figure('P/E ratio')).toHaveTextContent('25.0');
    expect(figure('P/CF ratio')).toHaveTextContent('15.0');
  });

  it('QuickRatioCalculator shows 1.20 and rejects text in a field', async () => {
    const user = userEvent.setup();
    const { container } = render(<QuickRatioCalculator />);
    expect(figure('Quick ratio')).toHaveTextContent('1.20');
    const cash = screen.getByRole('textbox', { name: 'Cash' });
    await user.clear(cash);
    await user.type(cash, 'lots');
    expect(cash).toHaveAccessibleDescription(/Enter a number/);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('readoutChunks', () => {
  it('splits a readout at its operators so it wraps between terms', () => {
    expect(readoutChunks('NPV = −1,000 + 300 ÷ 1.08')).toEqual([
      'NPV',
      ' = ',
      '−1,000',
      ' + ',
      '300 ÷ 1.08',
    ]);
  });
});
