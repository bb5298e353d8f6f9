import { describe, expect, it } from 'vitest';
import {
  appendRow,
  MAX_ROWS,
  makeRowList,
  parseAmounts,
  removeRow,
  signChanges,
  updateRow,
} from './cash-flow-list';

const list = () => makeRowList(['-1000', '300', '400'], (amount, id) => ({ id, amount }));

describe('cash-flow list', () => {
  it('makeRowList numbers rows and appendRow gives the next id', () => {
    const next = appendRow(list(), { amount: '0' });
    expect(next.rows.map((row) => row.id)).toEqual([0, 1, 2, 3]);
    expect(next.nextId).toBe(4);
  });

  it('removeRow keeps ids stable and never goes below two rows', () => {
    const removed = removeRow(list(), 1);
    expect(removed.rows.map((row) => row.amount)).toEqual(['-1000', '400']);
    expect(removeRow(removed, 0)).toBe(removed);
    expect(appendRow(removed, { amount: '1' }).rows.at(-1)?.id).toBe(3);
  });

  it('appendRow stops at MAX_ROWS', () => {
    const full = makeRowList(
      Array.from({ length: MAX_ROWS }, () => '1'),
      (amount, id) => ({
        id,
        amount,
      }),
    );
    expect(appendRow(full, { amount: '1' })).toBe(full);
  });

  it('updateRow changes only the row with that id', () => {
    expect(updateRow(list(), 2, { amount: '450' }).rows.map((row) => row.amount)).toEqual([
      '-1000',
      '300',
      '450',
    ]);
  });

  it('parseAmounts returns values only when every row parses', () => {
    expect(parseAmounts(['-1,000', '300'])).toEqual({
      values: [-1000, 300],
      errors: [undefined, undefined],
    });
    const bad = parseAmounts(['-1000', 'abc', '']);
    expect(bad.values).toBeNull();
    expect(bad.errors[1]).toMatch(/Enter a number/);
    expect(bad.errors[2]).toBe('Enter a number.');
  });

  it('signChanges counts sign changes, skipping zeros', () => {
    expect(signChanges([-1000, 300, 400])).toBe(1);
    expect(signChanges([-1000, 0, 3000, -2100])).toBe(2);
    expect(signChanges([100, 200])).toBe(0);
  });
});
