'use client';

import { memo, useState } from 'react';
import { SelectField } from '../fields/choice-field';
import { ScrollTable } from '../fields/scroll-table';
import { formatLevel, formatMoney } from '../lib/format';
import type { LabResult } from './strategy-lab-model';

/** A cell's background: profit or loss colour, stronger with the size of the figure. */
function cellStyle(value: number, scale: number): React.CSSProperties | undefined {
  if (!(Math.abs(value) >= 0.5) || !(scale > 0)) return undefined;
  const share = Math.round(8 + 30 * Math.min(1, Math.abs(value) / scale));
  const colour = value > 0 ? 'var(--color-profit)' : 'var(--color-loss)';
  return { backgroundColor: `color-mix(in oklab, ${colour} ${share}%, transparent)` };
}

function dayLabel(day: number, last: number): string {
  if (day === 0) return 'Today';
  return day === last ? `Day ${day} (exp.)` : `Day ${day}`;
}

function money(value: number): string {
  return formatMoney(value, { decimals: 0 });
}

/**
 * The P&L table: prices down, dates across, each cell the position's P&L in dollars, tinted
 * green for a profit and red for a loss (the figure itself carries the sign, so colour is never
 * the only cue). Wide containers get the whole grid, scrolling sideways with the price column
 * fixed; narrow ones (phones) a date picker over a single price column.
 */
type Table = LabResult['table'];

/** Memoised on the table, which the model reuses while only the T+n day changes. */
export const PnlTable = memo(function PnlTable({ table }: { table: Table }) {
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
  table: Table;
  columns: readonly number[];
  title: string;
}) {
  const { prices, days, pnl } = table;
  const last = days[days.length - 1] ?? 0;
  let scale = 0;
  for (const row of pnl)
    for (const v of row) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  return (
    <ScrollTable title={title}>
      {(labelledBy) => (
        <table aria-labelledby={labelledBy} className="w-full border-collapse text-xs tabular-nums">
          <thead>
            <tr className="border-b border-border text-right text-muted">
              <th
                scope="col"
                className="sticky left-0 z-10 bg-surface py-1 pr-2 text-left font-medium"
              >
                Price
              </th>
              {columns.map((j) => (
                <th key={days[j]} scope="col" className="px-1.5 py-1 font-medium">
                  {dayLabel(days[j] ?? 0, last)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {prices.map((price, i) => (
              <tr key={price} className="border-b border-border last:border-b-0">
                <th
                  scope="row"
                  className="sticky left-0 z-10 bg-surface py-0.5 pr-2 text-left font-medium text-fg"
                >
                  {formatLevel(price)}
                </th>
                {columns.map((j) => {
                  const v = pnl[i]![j]!;
                  return (
                    <td
                      key={days[j]}
                      className="px-1.5 py-0.5 text-right text-fg"
                      style={cellStyle(v, scale)}
                    >
                      {money(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ScrollTable>
  );
}
