// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ParityArbitrageCalculator } from './parity-arbitrage-calculator';

beforeEach(() => {
  window.history.replaceState(null, '', '/calculators/put-call-parity');
});

function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

const article = {
  spot: 6000,
  strike: 6000,
  call: 120.5,
  put: 100.1,
  days: 45,
  rate: 0.04,
  dividendYield: 0.013,
  costPerContract: 5,
};

describe('ParityArbitrageCalculator', () => {
  it('shows the conversion and reversal after costs', () => {
    render(<ParityArbitrageCalculator {...article} />);
    expect(stat('Conversion after costs')).toMatch(/^\+\$\d+\.\d\d$/);
    expect(stat('Reversal after costs')).toMatch(/^−\$\d+\.\d\d$/);
    expect(screen.getByText(/a conversion locks in the gap after costs/)).toBeInTheDocument();
  });

  it('flags a negative put price and keeps the last result dimmed', async () => {
    const user = userEvent.setup();
    const { container } = render(<ParityArbitrageCalculator {...article} />);
    const before = stat('Conversion after costs');
    const put = screen.getByRole('textbox', { name: 'Put price' });
    await user.clear(put);
    await user.type(put, '-2');
    expect(put).toHaveAttribute('aria-invalid', 'true');
    expect(stat('Conversion after costs')).toBe(before);
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('draws coincident break-evens (zero costs) without a duplicate-key warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(<ParityArbitrageCalculator {...article} costPerContract={0} />);
      const keyWarnings = error.mock.calls.filter((args) => String(args[0]).includes('same key'));
      expect(keyWarnings).toEqual([]);
      // The text alternative still lists both break-evens, at the same call price.
      const reversal = screen.getByRole('rowheader', { name: 'Reversal break-even' });
      const conversion = screen.getByRole('rowheader', { name: 'Conversion break-even' });
      expect(reversal.nextElementSibling?.textContent).toBe(
        conversion.nextElementSibling?.textContent,
      );
    } finally {
      error.mockRestore();
    }
  });
});
