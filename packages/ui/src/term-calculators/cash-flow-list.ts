/**
 * The editable list of cash flows shared by the NPV, IRR and XIRR calculators: rows with
 * stable ids (so React keeps focus and input state on the right row when one is removed),
 * add/remove/update helpers and parsing with a message per row.
 */
import { type NumberFieldSpec, parseNumberField } from '../lib/fields';

/** Fewest rows a list may have (an outlay and one return). */
export const MIN_ROWS = 2;
/** Most rows a list may have. */
export const MAX_ROWS = 40;

/** Range of a single cash flow, in the page's currency units. */
export const CASH_FLOW_SPEC: NumberFieldSpec = { min: -1e12, max: 1e12 };

/** A periodic cash flow as typed. */
export interface AmountRow {
  id: number;
  amount: string;
}

/** A dated cash flow as typed: an ISO date (YYYY-MM-DD) and an amount. */
export interface DatedRow {
  id: number;
  date: string;
  amount: string;
}

export interface RowList<Row extends { id: number }> {
  rows: Row[];
  /** Id the next added row gets. */
  nextId: number;
}

/** Builds a list from initial items, numbering the rows 0, 1, 2, … */
export function makeRowList<T, Row extends { id: number }>(
  items: readonly T[],
  toRow: (item: T, id: number) => Row,
): RowList<Row> {
  const rows = items.slice(0, MAX_ROWS).map((item, index) => toRow(item, index));
  return { rows, nextId: rows.length };
}

/** Appends a row (no-op at MAX_ROWS). */
export function appendRow<Row extends { id: number }>(
  list: RowList<Row>,
  fields: Omit<Row, 'id'>,
): RowList<Row> {
  if (list.rows.length >= MAX_ROWS) return list;
  const row = { ...fields, id: list.nextId } as Row;
  return { rows: [...list.rows, row], nextId: list.nextId + 1 };
}

/** Removes the row with `id` (no-op when only MIN_ROWS remain). */
export function removeRow<Row extends { id: number }>(
  list: RowList<Row>,
  id: number,
): RowList<Row> {
  if (list.rows.length <= MIN_ROWS) return list;
  return { ...list, rows: list.rows.filter((row) => row.id !== id) };
}

/** Replaces fields of the row with `id`. */
export function updateRow<Row extends { id: number }>(
  list: RowList<Row>,
  id: number,
  patch: Partial<Omit<Row, 'id'>>,
): RowList<Row> {
  return { ...list, rows: list.rows.map((row) => (row.id === id ? { ...row, ...patch } : row)) };
}

/** Parses each row's amount text; `values` is null unless every row parsed. */
export function parseAmounts(texts: readonly string[]): {
  values: number[] | null;
  errors: (string | undefined)[];
} {
  const values: number[] = [];
  const errors: (string | undefined)[] = [];
  let ok = true;
  for (const text of texts) {
    const result = parseNumberField(text, CASH_FLOW_SPEC);
    if (result.ok) {
      values.push(result.value);
      errors.push(undefined);
    } else {
      ok = false;
      errors.push(result.error);
    }
  }
  return { values: ok ? values : null, errors };
}

/** How many times the sign changes along the flows, zeros skipped (Descartes' rule of signs). */
export function signChanges(values: readonly number[]): number {
  let changes = 0;
  let previous = 0;
  for (const value of values) {
    if (value === 0) continue;
    if (previous !== 0 && Math.sign(value) !== Math.sign(previous)) changes += 1;
    previous = value;
  }
  return changes;
}

/** Message when a rate of return cannot exist: the flows need money both out and in. */
export const NEEDS_BOTH_SIGNS =
  'Enter at least one negative cash flow (money invested) and one positive (money received).';
