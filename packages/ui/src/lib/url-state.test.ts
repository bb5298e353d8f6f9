import { describe, expect, it } from 'vitest';
import { linkWithState, MAX_VALUE_LENGTH, readNamespace, writeNamespace } from './url-state';

describe('readNamespace', () => {
  it('reads only the keys of its namespace', () => {
    const search = '?ic.spot=6100&op.spot=5000&ic.days=30&ic.other=1';
    expect(readNamespace(search, 'ic', ['spot', 'days'])).toEqual({ spot: '6100', days: '30' });
    expect(readNamespace(search, 'op', ['spot', 'days'])).toEqual({ spot: '5000' });
  });
  it('drops over-long values and unexpected characters', () => {
    const long = '1'.repeat(MAX_VALUE_LENGTH + 1);
    const search = `?ic.spot=${long}&ic.days=<script>&ic.vol=16`;
    expect(readNamespace(search, 'ic', ['spot', 'days', 'vol'])).toEqual({ vol: '16' });
  });
});

describe('writeNamespace', () => {
  it('replaces its own parameters and keeps the others in order', () => {
    const search = '?utm=x&ic.spot=6000&op.spot=5000';
    expect(writeNamespace(search, 'ic', { spot: '6100', days: '30' })).toBe(
      '?utm=x&op.spot=5000&ic.spot=6100&ic.days=30',
    );
  });
  it('removes its parameters when given null, leaving an empty string if nothing is left', () => {
    expect(writeNamespace('?ic.spot=6000&ic.days=4', 'ic', null)).toBe('');
    expect(writeNamespace('?ic.spot=6000&a=1', 'ic', null)).toBe('?a=1');
  });
  it('round-trips through readNamespace', () => {
    const values = { spot: '6,000.5', vol: '16' };
    const search = writeNamespace('', 'be', values);
    expect(readNamespace(search, 'be', ['spot', 'vol'])).toEqual(values);
  });
});

describe('linkWithState', () => {
  it('keeps path and hash', () => {
    expect(linkWithState('https://example.com/a/b?x=1#calc', 'ic', { spot: '6000' })).toBe(
      'https://example.com/a/b?x=1&ic.spot=6000#calc',
    );
  });
});
