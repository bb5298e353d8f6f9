'use client';

import { memo, useDeferredValue, useState } from 'react';
import { SelectField } from '../fields/choice-field';
import { ScrollTable } from '../fields/scroll-table';
import { cn } from '../lib/cn';
import { formatLevel, formatMoney } from '../lib/format';
import type { LabResult, LabTable } from './strategy-lab-model';

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
 * The table is a deferred value: after an edit, React first paints the figures and the chart
 * and then computes and renders the table in the background (abandoned if another edit comes
 * first). Until it lands the old table stays, dimmed and marked busy.
 */
export function PnlTable({ table }: { table: LabResult['table'] }) {
  const shown = useDeferredValue(table);
  const stale = shown !== table;
  return (
    <div aria-busy={stale} className={cn('transition-opacity', stale && 'opacity-60')}>
      <PnlTables table={shown} />
    </div>
  );
}

/** Memoised on the table, which the model reuses while only the T+n day changes. */
const PnlTables = memo(function PnlTables({ table: tableOf }: { table: LabResult['table'] }) {
  const table = tableOf();
  const { days } = table;
  const last = days[days.length - 1] ?? 0;
  const [picked, setPicked] = useState(0);
  const column = Math.min(picked, days.length - 1);
  const all = days.map((_, j) => j);
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
          columns={[column]}
          title={`Profit and loss by price, ${dayLabel(days[column] ?? 0, last).toLowerCase()}`}
        />
      </div>
    </>
  );
});

/** The table for the chosen date columns, the price column fixed at the left. */
function PnlGrid({
  table,
  columns,
  title,
}: {
  table: LabTable;
  columns: readonly number[];
  title: string;
}) {
  const { prices, days, pnl } = table;
  const last = days[days.length - 1] ?? 0;
  let scale = 0;
  for (const row of pnl)
    for (const v of row) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  return (
    <ScrollTable
      title={title}
      columns={['Price', ...columns.map((j) => dayLabel(days[j] ?? 0, last))]}
      tableClassName="text-xs"
      stickyFirstColumn
    >
      {prices.map((price, i) => (
        <PnlRow
          // by rung, not by price: a volatility edit moves every price, and a row keyed
          // by its price would be rebuilt instead of having its texts updated
          // biome-ignore lint/suspicious/noArrayIndexKey: the ladder's rungs are its identity
          key={i}
          price={price}
          values={pnl[i]!}
          columns={columns}
          days={days}
          scale={scale}
        />
      ))}
    </ScrollTable>
  );
}

/**
 * One rung of the price ladder: plain elements, one text node and one class string per cell,
 * no handlers. Memoised, so a row is re-rendered only when its figures or its scale change
 * (not when the phone's date picker re-renders the other grid, nor on the T+n slider).
 */
const PnlRow = memo(function PnlRow({
  price,
  values,
  columns,
  days,
  scale,
}: {
  price: number;
  values: readonly number[];
  columns: readonly number[];
  days: readonly number[];
  scale: number;
}) {
  return (
    <tr className="border-b border-border last:border-b-0">
      <th
        scope="row"
        className="sticky left-0 z-10 bg-surface py-0.5 pr-2 text-left font-medium text-fg"
      >
        {formatLevel(price)}
      </th>
      {columns.map((j) => {
        const v = values[j]!;
        return (
          <td key={days[j]} className={cellClass(v, scale)}>
            {formatMoney(v, { decimals: 0 })}
          </td>
        );
      })}
    </tr>
  );
});
