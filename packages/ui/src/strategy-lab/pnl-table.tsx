'use client';

import type * as React from 'react';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SelectField } from '../fields/choice-field';
import { ScrollTable } from '../fields/scroll-table';
import { formatLevel, formatMoney } from '../lib/format';
import type { LabTable } from './strategy-lab-model';

/**
 * Cell tints by sign and size, weakest first: five steps of the theme's profit and loss colours
 * (Tailwind needs every class written out). Classes, not inline styles, so a changed cell is one
 * class swap, and the text keeps its contrast on the strongest tint in both themes.
 */
const PROFIT_TINTS = [
  'bg-profit/10',
  'bg-profit/15',
  'bg-profit/20',
  'bg-profit/25',
  'bg-profit/35',
];
const LOSS_TINTS = ['bg-loss/10', 'bg-loss/15', 'bg-loss/20', 'bg-loss/25', 'bg-loss/35'];
const CELL = 'px-1.5 py-0.5 text-right text-fg';
// above their row's cells only, so the calculator's sticky headline stays above them
const PRICE_CELL = 'sticky left-0 z-[1] bg-surface py-0.5 pr-2 text-left font-medium text-fg';
const CELLS = {
  flat: CELL,
  profit: PROFIT_TINTS.map((tint) => `${CELL} ${tint}`),
  loss: LOSS_TINTS.map((tint) => `${CELL} ${tint}`),
};

/** A cell's classes: no tint under half a dollar, else its sign's tint for its share of `scale`. */
function cellClass(value: number, scale: number): string {
  if (!(Math.abs(value) >= 0.5) || !(scale > 0)) return CELLS.flat;
  const tints = value > 0 ? CELLS.profit : CELLS.loss;
  const step = Math.min(tints.length - 1, Math.floor((Math.abs(value) / scale) * tints.length));
  return tints[step]!;
}

function dayLabel(day: number, last: number): string {
  if (day === 0) return 'Today';
  return day === last ? `Day ${day} (exp.)` : `Day ${day}`;
}

/**
 * The P&L table: prices down, dates across, each cell the position's P&L in dollars, tinted
 * green for a profit and red for a loss (the figure itself carries the sign, so colour is never
 * the only cue). Wide containers get the whole grid, scrolling sideways with the price column
 * fixed; narrow ones (phones) a date picker over a single price column.
 *
 * Memoised on the table, which the model keeps while only the T+n day changes.
 */
export const PnlTable = memo(function PnlTable({ table }: { table: LabTable }) {
  const { days } = table;
  const last = days[days.length - 1] ?? 0;
  const [picked, setPicked] = useState(0);
  const column = Math.min(picked, days.length - 1);
  const all = useMemo(() => days.map((_, j) => j), [days]);
  const one = useMemo(() => [column], [column]);
  return (
    <>
      <div className="hidden @2xl:block">
        <PnlGrid table={table} columns={all} title="Profit and loss by price and date" />
      </div>
      <div className="grid gap-2 @2xl:hidden">
        <SelectField
          label="P&L table date"
          value={String(column)}
          options={days.map((d, j) => ({ value: String(j), label: dayLabel(d, last) }))}
          onValueChange={(v) => setPicked(Number(v))}
        />
        <PnlGrid
          table={table}
          columns={one}
          title={`Profit and loss by price, ${dayLabel(days[column] ?? 0, last).toLowerCase()}`}
        />
      </div>
    </>
  );
});

/** The largest finite |P&L| in the table: the strongest tint. */
function tintScale(pnl: readonly (readonly number[])[]): number {
  let scale = 0;
  for (const row of pnl)
    for (const v of row) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  return scale;
}

const priceText = (price: number) => formatLevel(price);
const pnlText = (value: number) => formatMoney(value, { decimals: 0 });

/**
 * Rungs written per frame: 420 cells, which the 2-core benchmark machine writes and lays out in
 * about 9.5 ms (20 rungs took 13.5 ms, too close to the frame).
 */
const ROWS_PER_FRAME = 14;

/**
 * The table for the chosen date columns, the price column fixed at the left.
 *
 * React draws the rows once per shape (rung count and columns); after that an edit writes the
 * changed texts and tints straight into the cells, in the frames after the edit's figures and
 * chart. Measured on the 2-core benchmark machine: reconciling 1,200 cells through React cost
 * about 30 ms an edit and writing them directly 2–3 ms, but the browser's layout of 1,200
 * changed texts takes 14–19 ms (as much for a grid of divs) and grows with the number changed,
 * so the rungs are written ROWS_PER_FRAME at a time and no frame carries more than a share.
 * Until the last rung is written the body is marked busy. The server's HTML and the first
 * client render are the same React rows, so the table reads without JavaScript.
 */
function PnlGrid({
  table,
  columns,
  title,
}: {
  table: LabTable;
  columns: readonly number[];
  title: string;
}) {
  const { prices, days } = table;
  const last = days[days.length - 1] ?? 0;
  const body = useRef<HTMLTableSectionElement>(null);
  const shape = `${prices.length}:${columns.join(',')}`;
  // Rows as of the last shape change; the effect below brings their figures up to date. Should
  // React drop this memo, the rows it draws carry the current figures, which is just as right.
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn per shape on purpose (above)
  const drawn = useMemo(() => ({ rows: drawRows(table, columns), table, columns }), [shape]);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    // rows drawn from this very table need no writing (and an edit cut short by the redraw
    // must not leave the body marked busy)
    if (drawn.table === table && drawn.columns === columns) {
      element.removeAttribute('aria-busy');
      return;
    }
    element.setAttribute('aria-busy', 'true');
    const scale = tintScale(table.pnl);
    let from = 0;
    const writeSome = () => {
      from = writeRows(element, table, columns, scale, from, from + ROWS_PER_FRAME);
      if (from < table.prices.length) frame = requestAnimationFrame(writeSome);
      else element.removeAttribute('aria-busy');
    };
    // The first callback runs before this frame paints: start at the next.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(writeSome);
    });
    return () => cancelAnimationFrame(frame);
  }, [drawn, table, columns]);
  return (
    <ScrollTable
      title={title}
      columns={['Price', ...columns.map((j) => dayLabel(days[j] ?? 0, last))]}
      tableClassName="text-xs"
      stickyFirstColumn
      bodyRef={body}
    >
      {drawn.rows}
    </ScrollTable>
  );
}

function drawRows(table: LabTable, columns: readonly number[]): React.ReactNode {
  const { prices, pnl } = table;
  const scale = tintScale(pnl);
  return prices.map((price, i) => (
    // by rung: the ladder's rungs are its identity (a volatility edit moves every price)
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <tr key={i} className="border-b border-border last:border-b-0">
      <th scope="row" className={PRICE_CELL}>
        {priceText(price)}
      </th>
      {columns.map((j) => {
        const v = pnl[i]![j]!;
        return (
          <td key={j} className={cellClass(v, scale)}>
            {pnlText(v)}
          </td>
        );
      })}
    </tr>
  ));
}

/**
 * Brings rungs `from` to `to` (exclusive) of the drawn cells to `table`'s figures, touching only
 * the texts and tints that differ; returns where it stopped.
 */
function writeRows(
  body: HTMLTableSectionElement,
  table: LabTable,
  columns: readonly number[],
  scale: number,
  from: number,
  to: number,
): number {
  const { prices, pnl } = table;
  // children, not rows/cells: the same elements, and every DOM implementation has them
  const rows = body.children;
  const end = Math.min(to, prices.length, rows.length);
  for (let i = from; i < end; i++) {
    const cells = rows[i]!.children;
    setText(cells[0], priceText(prices[i]!));
    for (let k = 0; k < columns.length; k++) {
      const cell = cells[k + 1];
      if (!cell) break;
      const v = pnl[i]![columns[k]!]!;
      setText(cell, pnlText(v));
      const tint = cellClass(v, scale);
      if (cell.className !== tint) cell.className = tint;
    }
  }
  return end === from ? prices.length : end;
}

/** Changes the cell's text node in place (a new node would cost the layout more). */
function setText(cell: Element | undefined, text: string) {
  const node = cell?.firstChild;
  if (node?.nodeType === Node.TEXT_NODE && node === cell?.lastChild) {
    if (node.nodeValue !== text) node.nodeValue = text;
  } else if (cell) cell.textContent = text;
}
