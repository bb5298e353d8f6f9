// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IronCondorCalculator } from '../src/iron-condor/iron-condor-calculator';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('hydration with state in the URL', () => {
  it('hydrates the server HTML without a mismatch, then applies the link’s values', async () => {
    const props = { spot: 6000, longPut: 5600, shortPut: 5650, shortCall: 6350, longCall: 6400 };
    const html = renderToString(<IronCondorCalculator {...props} />);
    window.history.replaceState(
      null,
      '',
      '/ask/x?ic.shortCall=6300&ic.credit=9&ic.creditMode=typed',
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <IronCondorCalculator {...props} />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
    const shortCall = container.querySelector<HTMLInputElement>('input[name="shortCall"]');
    expect(shortCall?.value).toBe('6300');
    expect(container.querySelector<HTMLInputElement>('input[name="credit"]')?.value).toBe('9');
  });
});
