import { describe, expect, it } from 'vitest';
import {
  buildFunnel,
  dailySeries,
  formatRate,
  parseRange,
  rate,
  sourceKind,
  totalOf,
} from '@/server/funnel-math';

describe('rate', () => {
  it('divides, and is null (not 0, not Infinity) when there is nothing to divide by', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 4)).toBe(0);
    expect(rate(3, 0)).toBeNull();
    expect(rate(0, 0)).toBeNull();
    expect(rate(Number.NaN, 2)).toBeNull();
  });

  it('formats as a percentage with the site’s spacing', () => {
    expect(formatRate(null)).toBe('–');
    expect(formatRate(0)).toBe('0 %');
    expect(formatRate(0.0345)).toBe('3.5 %');
    expect(formatRate(0.25)).toBe('25 %');
    expect(formatRate(1)).toBe('100 %');
  });
});

describe('buildFunnel', () => {
  const counts = [
    { source: 'ask/a', step: 'view' as const, count: 200 },
    { source: 'ask/a', step: 'cta_click' as const, count: 20 },
    { source: 'ask/a', step: 'trial_view' as const, count: 16 },
    { source: 'ask/a', step: 'signup' as const, count: 4 },
    { source: 'ask/a', step: 'confirmed' as const, count: 3 },
    { source: 'calculators/b', step: 'view' as const, count: 50 },
    { source: 'calculators/b', step: 'cta_click' as const, count: 5 },
    { source: 'glossary/c', step: 'view' as const, count: 400 },
    { source: 'direct', step: 'trial_view' as const, count: 7 },
    { source: 'direct', step: 'signup' as const, count: 1 },
  ];

  it('puts the five steps of each source side by side with their rates', () => {
    const rows = buildFunnel(counts);
    const a = rows.find((r) => r.source === 'ask/a');
    expect(a).toMatchObject({
      kind: 'article',
      views: 200,
      clicks: 20,
      trialViews: 16,
      signups: 4,
      clickRate: 0.1,
      trialRate: 0.8,
      signupRate: 0.25,
      overallRate: 0.02,
      confirmations: 3,
      confirmRate: 0.75,
    });
    const b = rows.find((r) => r.source === 'calculators/b');
    expect(b).toMatchObject({ kind: 'calculator', trialViews: 0, signups: 0, signupRate: null });
    expect(b?.clickRate).toBe(0.1);
    const direct = rows.find((r) => r.source === 'direct');
    expect(direct).toMatchObject({
      kind: 'direct',
      views: 0,
      clickRate: null,
      overallRate: null,
      confirmations: 0,
      confirmRate: 0,
    });
  });

  it('orders by sign-ups, then views, then name', () => {
    expect(buildFunnel(counts).map((r) => r.source)).toEqual([
      'ask/a',
      'direct',
      'glossary/c',
      'calculators/b',
    ]);
  });

  it('adds repeated rows for the same source and step', () => {
    const rows = buildFunnel([
      { source: 'home', step: 'view', count: 2 },
      { source: 'home', step: 'view', count: 3 },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.views).toBe(5);
  });

  it('totals recompute rates from the sums instead of averaging them', () => {
    const rows = buildFunnel(counts).filter((r) => r.kind === 'article' || r.kind === 'calculator');
    const total = totalOf(rows);
    expect(total).toMatchObject({ views: 250, clicks: 25, trialViews: 16, signups: 4 });
    expect(total.clickRate).toBe(0.1);
    expect(total.overallRate).toBeCloseTo(4 / 250, 12);
    expect(totalOf([])).toMatchObject({ views: 0, clickRate: null, overallRate: null });
  });

  it('classifies sources by kind', () => {
    expect(sourceKind('ask/x')).toBe('article');
    expect(sourceKind('calculators/x')).toBe('calculator');
    expect(sourceKind('calculators')).toBe('page');
    expect(sourceKind('glossary/x')).toBe('term');
    expect(sourceKind('home')).toBe('page');
    expect(sourceKind('direct')).toBe('direct');
  });
});

describe('parseRange', () => {
  const today = new Date('2026-03-15T18:30:00Z');

  it('defaults to the 30 days up to today', () => {
    expect(parseRange(undefined, undefined, today)).toEqual({
      from: '2026-02-14',
      to: '2026-03-15',
    });
    expect(parseRange('', null, today)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });

  it('keeps a valid range, swaps reversed ends and ignores malformed ones', () => {
    expect(parseRange('2026-01-01', '2026-01-31', today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(parseRange('2026-01-31', '2026-01-01', today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(parseRange('2026-02-30', 'yesterday', today)).toEqual({
      from: '2026-02-14',
      to: '2026-03-15',
    });
    expect(parseRange('2026-03-10', undefined, today)).toEqual({
      from: '2026-03-10',
      to: '2026-03-15',
    });
  });

  it('cuts a range longer than a year to the year before its end', () => {
    expect(parseRange('2020-01-01', '2026-03-15', today)).toEqual({
      from: '2025-03-15',
      to: '2026-03-15',
    });
  });
});

describe('dailySeries', () => {
  it('has every day of the range, zeros included, oldest first', () => {
    const series = dailySeries(
      [
        { day: '2026-03-02', step: 'view', count: 10 },
        { day: '2026-03-02', step: 'signup', count: 1 },
        { day: '2026-03-02', step: 'confirmed', count: 1 },
        { day: '2026-03-04', step: 'cta_click', count: 2 },
        { day: '2026-02-01', step: 'view', count: 99 },
      ],
      { from: '2026-03-01', to: '2026-03-04' },
    );
    expect(series.map((p) => p.day)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
    expect(series[1]).toEqual({
      day: '2026-03-02',
      views: 10,
      clicks: 0,
      trialViews: 0,
      signups: 1,
      confirmations: 1,
    });
    expect(series[3]?.clicks).toBe(2);
    expect(series.reduce((n, p) => n + p.views, 0)).toBe(10);
  });

  it('crosses month and year ends', () => {
    const series = dailySeries([], { from: '2025-12-30', to: '2026-01-02' });
    expect(series.map((p) => p.day)).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });
});
