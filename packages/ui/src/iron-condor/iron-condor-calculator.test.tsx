// @vitest-environment happy-dom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IronCondorCalculator } from './iron-condor-calculator';

const flagship = {
  spot: 6000,
  longPut: 5600,
  shortPut: 5650,
  shortCall: 6350,
  longCall: 6400,
  credit: 12.5,
  volatility: 0.16,
  days: 45,
  rate: 0.04,
};

function stat(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

beforeEach(() => {
  window.history.replaceState(null, '', '/ask/article');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('IronCondorCalculator', () => {
  it('shows the figures of its initial props', () => {
    render(<IronCondorCalculator {...flagship} />);
    expect(stat('Credit per share')).toBe('12.50');
    expect(stat('Max profit')).toBe('$1,250');
    expect(stat('Max loss')).toBe('$3,750');
    expect(stat('Return on risk')).toBe('33.3%');
    expect(stat('Break-evens')).toBe('5,637.50 and 6,362.50');
    expect(stat('Expected move (1 SD)')).toBe('±337.08');
    expect(screen.getByText('5,662.92–6,337.08 by expiration')).toBeInTheDocument();
    expect(stat('Break-evens vs 1-SD band')).toBe('Both outside');
    expect(screen.getByRole('slider', { name: /profit and loss/ })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('shows a message at the field, keeps the last result dimmed and never prints NaN', async () => {
    const user = userEvent.setup();
    const { container } = render(<IronCondorCalculator {...flagship} />);
    const shortPut = screen.getByRole('textbox', { name: 'Short put (sold)' });
    await user.clear(shortPut);
    await user.type(shortPut, '5500');
    expect(shortPut).toHaveAttribute('aria-invalid', 'true');
    expect(shortPut).toHaveAccessibleDescription(
      'The short put must be above the long put, 5,600.',
    );
    expect(stat('Max profit')).toBe('$1,250');
    expect(container.querySelector('[data-stale="true"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);

    await user.clear(shortPut);
    await user.type(shortPut, '5625');
    expect(shortPut).not.toHaveAttribute('aria-invalid');
    expect(container.querySelector('[data-stale="true"]')).toBeNull();
    expect(stat('Max loss')).toBe('$3,750');
    expect(stat('Break-evens')).toBe('5,612.50 and 6,362.50');
  });

  it('keeps the number field and its slider in sync', async () => {
    const user = userEvent.setup();
    render(<IronCondorCalculator {...flagship} />);
    const days = screen.getByRole('textbox', { name: 'Days to expiration' });
    const slider = screen.getByRole('slider', { name: 'Days to expiration' });
    await user.clear(days);
    await user.type(days, '30');
    expect(slider).toHaveValue('30');
  });

  it('switches between the typed and the model credit', async () => {
    const user = userEvent.setup();
    render(<IronCondorCalculator {...flagship} />);
    await user.click(screen.getByRole('radio', { name: 'Model credit' }));
    expect(screen.queryByLabelText('Credit per share')).toBeNull();
    expect(stat('Credit per share')).not.toBe('12.50');
    await user.click(screen.getByRole('radio', { name: 'My credit' }));
    expect(screen.getByLabelText('Credit per share')).toHaveValue('12.5');
  });

  it('writes its state to the URL under its namespace and resets it', async () => {
    const user = userEvent.setup();
    render(<IronCondorCalculator {...flagship} />);
    const spot = screen.getByRole('textbox', { name: 'Underlying price' });
    await user.clear(spot);
    await user.type(spot, '6100');
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('ic.spot')).toBe('6100');
    expect(params.get('ic.shortPut')).toBe('5650');

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(spot).toHaveValue('6000');
    expect(window.location.search).toBe('');
  });

  it('reads its state from the URL after mount, ignoring other namespaces', async () => {
    window.history.replaceState(null, '', '/ask/article?ic.shortCall=6300&op.spot=1');
    render(<IronCondorCalculator {...flagship} />);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Short call (sold)' })).toHaveValue('6300'),
    );
    expect(screen.getByRole('textbox', { name: 'Underlying price' })).toHaveValue('6000');
  });

  it('copies a link that carries the setup', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<IronCondorCalculator {...flagship} stateKey="ic2" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledOnce();
    const link = new URL(writeText.mock.calls[0]![0]);
    expect(link.pathname).toBe('/ask/article');
    expect(link.searchParams.get('ic2.longCall')).toBe('6400');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('moves the chart crosshair with the keyboard and announces the values', async () => {
    const user = userEvent.setup();
    render(<IronCondorCalculator {...flagship} />);
    const chart = screen.getByRole('slider', { name: /profit and loss/ });
    await user.click(chart);
    chart.focus();
    await user.keyboard('{Home}');
    const figure = chart.closest('figure')!;
    const live = figure.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toMatch(
      /^Underlying price [\d,.]+: At expiry −\$3,750; Today \(T\+0\) −\$[\d,]+$/,
    );
    await user.keyboard('{End}');
    expect(live.textContent).toMatch(/At expiry −\$3,750;/);
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Lower break-even' })).toBeInTheDocument();
  });
});
