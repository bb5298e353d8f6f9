import { positionPnl, type Strategy } from '@vixshield/engine';
import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  buildPosition,
  computeLab,
  initialLabTexts,
  type LabInputs,
  type LabTexts,
  legKey,
  tableDays,
  validateLab,
} from './strategy-lab-model';
import { TEMPLATE_OPTIONS, type TemplateName, templateLegs } from './strategy-templates';

function inputsOf(texts: LabTexts): LabInputs {
  const { inputs, errors } = validateLab(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return inputs;
}

const lab = (template: TemplateName, extra = {}) =>
  computeLab(inputsOf(initialLabTexts({ template, ...extra })));

describe('templates', () => {
  it('place every template’s strikes on the 5-point grid around 6000, within ±10 %', () => {
    for (const { value } of TEMPLATE_OPTIONS) {
      const legs = templateLegs(value, { spot: 6000, volatility: 0.16, days: 45 });
      expect(legs.length).toBeGreaterThan(0);
      expect(legs.length).toBeLessThanOrEqual(8);
      for (const l of legs) {
        if (l.type === 'stock') continue;
        expect(l.strike % 5).toBe(0);
        expect(Math.abs(l.strike / 6000 - 1)).toBeLessThan(0.1);
      }
    }
  });

  it('have the credit, debit and unbounded sides their names promise', () => {
    const credit: TemplateName[] = [
      'short-call-vertical',
      'short-put-vertical',
      'iron-condor',
      'iron-butterfly',
      'jade-lizard',
    ];
    const debit: TemplateName[] = [
      'long-call-vertical',
      'long-put-vertical',
      'long-straddle',
      'long-strangle',
      'butterfly',
      'calendar',
      'diagonal',
    ];
    for (const t of credit) expect(lab(t).netPremium, t).toBeGreaterThan(0);
    for (const t of debit) expect(lab(t).netPremium, t).toBeLessThan(0);
    expect(lab('long-straddle').analysis.maxProfit).toBe(Infinity);
    expect(lab('ratio-spread').analysis.maxLoss).toBe(Infinity);
    expect(Number.isFinite(lab('covered-call').analysis.maxProfit)).toBe(true);
    // the jade lizard's credit exceeds its call spread's width: no loss above
    const lizard = lab('jade-lizard');
    expect(lizard.chart.expiry.at(-1)!).toBeGreaterThan(0);
    // the calendar is valued at its front expiration with the back month by the model
    const calendar = lab('calendar');
    expect(calendar.analysis.laterLegs).toBe(true);
    expect(calendar.analysis.breakevens).toHaveLength(2);
    expect(Number.isFinite(calendar.analysis.maxLoss)).toBe(true);
  });

  it('are priced at the model: P&L today at today’s price is zero, and put-call parity holds at every date', () => {
    for (const { value } of TEMPLATE_OPTIONS) {
      const inputs = inputsOf(initialLabTexts({ template: value, skew: 0.03 }));
      const position = buildPosition(inputs);
      const market = { volatility: 0.16, rate: 0.04, dividendYield: 0 };
      expect(Math.abs(positionPnl(position, 6000, { ...market, evaluationTime: 0 }))).toBeLessThan(
        1e-9,
      );
      // every put swapped for the call of its strike, expiry, volatility and premium
      const asCalls: Strategy = {
        ...position,
        legs: position.legs.map((l) => (l.kind === 'put' ? { ...l, kind: 'call' } : l)),
      };
      for (const t of [0, 10 / 365, 40 / 365]) {
        for (const S of [5000, 5900, 6000, 6150, 7000]) {
          let parity = 0;
          for (const l of position.legs) {
            if (l.kind !== 'put') continue;
            const tau = Math.max(l.expiry! - t, 0);
            parity += 100 * l.quantity * (S - l.strike * Math.exp(-0.04 * tau));
          }
          const gap =
            positionPnl(asCalls, S, { ...market, evaluationTime: t }) -
            positionPnl(position, S, { ...market, evaluationTime: t });
          expect(Math.abs(gap - parity), `${value} at ${S}, t=${t}`).toBeLessThan(
            1e-7 * 100 * 7000,
          );
        }
      }
    }
  });
});

describe('texts, URL and validation', () => {
  it('round-trip the legs through the field texts', () => {
    const legs = templateLegs('broken-wing-butterfly', { spot: 6000, volatility: 0.16, days: 30 });
    const inputs = inputsOf(
      initialLabTexts({
        legs: [
          ...legs,
          { type: 'call', side: 'sell', quantity: 3, strike: 6200, days: 60, volatility: 0.2 },
        ],
      }),
    );
    expect(inputs.legs).toHaveLength(4);
    expect(inputs.legs.slice(0, 3)).toEqual(legs);
    expect(inputs.legs[3]).toEqual({
      type: 'call',
      side: 'sell',
      quantity: 3,
      strike: 6200,
      days: 60,
      volatility: 0.2,
    });
  });

  it('applying a template replaces the legs and keeps the market', () => {
    const texts = { ...initialLabTexts(), spot: '5000', volatility: '20' };
    const next = applyTemplate(texts, 'calendar');
    expect(next.n).toBe('2');
    expect(next.spot).toBe('5000');
    expect(next[legKey(0, 'strike')]).toBe('5000');
    expect(next[legKey(1, 'days')]).toBe(String(45 + 30));
  });

  it('reports a bad field at that field, and a position of stock alone at the first leg', () => {
    const bad = { ...initialLabTexts(), [legKey(1, 'strike')]: '-5', rate: 'x' };
    const { inputs, errors } = validateLab(bad);
    expect(inputs).toBeNull();
    expect(errors[legKey(1, 'strike')]).toMatch(/above 0/);
    expect(errors.rate).toMatch(/Enter a number/);
    const stockOnly = { ...initialLabTexts(), n: '1', [legKey(0, 'type')]: 'stock' };
    expect(validateLab(stockOnly).errors[legKey(0, 'type')]).toMatch(/option leg/);
  });
});

describe('computeLab', () => {
  it('fills a 40 × 30 table from today to the first expiration, the last column the payoff', () => {
    const r = lab('iron-condor');
    const { table } = r;
    expect(computeLab({ ...r.inputs, elapsed: 20 }).table).toBe(table); // kept while T+n moves
    expect(table.prices).toHaveLength(40);
    expect(table.days[0]).toBe(0);
    expect(table.days.at(-1)).toBe(45);
    expect(table.days).toHaveLength(30);
    expect(table.prices[0]!).toBeGreaterThan(table.prices[39]!); // highest price first
    for (const [i, S] of table.prices.entries()) {
      const payoff = positionPnl(r.position, S, {
        volatility: 0.16,
        rate: 0.04,
        evaluationTime: 45 / 365,
      });
      expect(table.pnl[i]!.at(-1)!).toBeCloseTo(payoff, 6);
    }
    expect(table.pnl.flat().every(Number.isFinite)).toBe(true);
  });

  it('gives dollar Greeks of a short premium position: theta up, gamma down', () => {
    const r = lab('iron-condor');
    expect(r.greeks.theta).toBeGreaterThan(0);
    expect(r.greeks.gamma).toBeLessThan(0);
    expect(r.greeks.vega).toBeLessThan(0);
    expect(Math.abs(r.greeks.pnl)).toBeLessThan(1e-9);
  });

  it('values SPY legs American: never below the exercise value', () => {
    const r = computeLab(
      inputsOf(
        initialLabTexts({
          underlying: 'SPY',
          spot: 600,
          legs: [{ type: 'put', side: 'buy', quantity: 1, strike: 700, days: 180 }],
          dividendYield: 0.012,
        }),
      ),
    );
    expect(r.premiums[0]!).toBeGreaterThanOrEqual(100);
  });

  it('dates every table column by whole days, at most 30', () => {
    expect(tableDays(7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const long = tableDays(365);
    expect(long).toHaveLength(30);
    expect(long.at(-1)).toBe(365);
  });
});
