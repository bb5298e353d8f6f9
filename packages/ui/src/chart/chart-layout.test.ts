import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittingXTicks, placeMarkerLabels, textWidth } from './chart-layout';

/** The pixel extent of a placed label, as the chart draws it. */
function extent(fraction: number, text: string, align: string, width: number): [number, number] {
  const w = textWidth(text);
  const at = fraction * width;
  const left = align === 'start' ? at : align === 'end' ? at - w : at - w / 2;
  return [left, left + w];
}

describe('placeMarkerLabels', () => {
  it('stacks "Now" and "BE" when they would overlap (the VIX hedge case)', () => {
    const placed = placeMarkerLabels(
      [
        { item: 'now', fraction: 0.8, text: 'Now' },
        { item: 'be', fraction: 0.81, text: 'BE' },
        { item: 'shock', fraction: 0.3, text: 'Shock' },
      ],
      250,
    );
    const rows = Object.fromEntries(placed.map((p) => [p.item, p.row]));
    expect(rows.now).not.toBe(rows.be);
    expect(rows.shock).toBe(0);
  });

  it('never overlaps two labels on one row and keeps them inside the plot', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            fraction: fc.double({ min: 0, max: 1, noNaN: true }),
            text: fc.constantFrom('Now', 'BE', 'Shock', 'K'),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 120, max: 1400 }),
        (labels, width) => {
          const placed = placeMarkerLabels(
            labels.map((l, i) => ({ item: i, ...l })),
            width,
          );
          for (const a of placed) {
            const [al, ar] = extent(a.fraction, labels[a.item]!.text, a.align, width);
            if (textWidth(labels[a.item]!.text) <= width) {
              expect(al).toBeGreaterThanOrEqual(-1e-9);
              expect(ar).toBeLessThanOrEqual(width + 1e-9);
            }
            for (const b of placed) {
              if (a === b || a.row !== b.row) continue;
              const [bl, br] = extent(b.fraction, labels[b.item]!.text, b.align, width);
              expect(ar <= bl || br <= al).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('fittingXTicks', () => {
  const x = scaleLinear().domain([5000, 7000]).range([0, 1000]);
  const format = (v: number) => v.toLocaleString('en-US');

  it('gives a phone fewer ticks than a desktop, each label with room to spare', () => {
    const phone = fittingXTicks(x, 250, format);
    const desktop = fittingXTicks(x, 900, format);
    expect(phone.length).toBeLessThan(desktop.length);
    for (const [ticks, width] of [
      [phone, 250],
      [desktop, 900],
    ] as const) {
      const gap = ((ticks[1]! - ticks[0]!) / 2000) * width;
      expect(gap).toBeGreaterThanOrEqual(textWidth('7,000') + 12);
    }
  });
});
