import { describe, expect, it } from 'vitest';
import {
  type BreakEvenTexts,
  buildStrategy,
  computeBreakEven,
  defaultStrikes,
  initialBreakEvenTexts,
  modelPremium,
  strikeLabels,
  switchStrategy,
  validateBreakEven,
} from './break-even-model';

function compute(texts: BreakEvenTexts) {
  const { inputs, errors } = validateBreakEven(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return computeBreakEven(inputs);
}

const article = initialBreakEvenTexts({
  strategy: 'iron-condor',
  strikes: [5600, 5650, 6350, 6400],
  premium: 12.5,
  spot: 6000,
  volatility: 0.16,
  days: 45,
});

describe('break-evens', () => {
  it('of the article’s iron condor sit 362.5 points (≈1.08 SD) from spot', () => {
    const result = compute(article);
    expect(result.breakevens.map((b) => b.price)).toEqual([5637.5, 6362.5]);
    const sd = 6000 * 0.16 * Math.sqrt(45 / 365);
    expect(result.breakevens[0]!.points).toBeCloseTo(-362.5, 9);
    expect(result.breakevens[1]!.percent).toBeCloseTo(362.5 / 6000, 12);
    expect(result.breakevens[1]!.sd).toBeCloseTo(362.5 / sd, 9);
    expect(result.maxProfit).toBeCloseTo(1250, 6);
    expect(result.maxLoss).toBeCloseTo(3750, 6);
    expect(result.breakevens[0]!.chanceBeyond).toBeGreaterThan(0.1);
    expect(result.breakevens[0]!.chanceBeyond).toBeLessThan(0.2);
  });

  it('of a long call is strike + premium, with unlimited profit', () => {
    const result = compute(
      initialBreakEvenTexts({ strategy: 'call', strikes: [6000], premium: 100 }),
    );
    expect(result.breakevens.map((b) => b.price)).toEqual([6100]);
    expect(result.maxProfit).toBe(Number.POSITIVE_INFINITY);
    expect(result.maxLoss).toBeCloseTo(10000, 6);
  });

  it('of a sold put is strike − premium, with the loss capped at the strike', () => {
    const result = compute(
      initialBreakEvenTexts({ strategy: 'put', strikes: [5800], premium: 40, side: 'credit' }),
    );
    expect(result.breakevens[0]!.price).toBeCloseTo(5760, 9);
    expect(result.maxProfit).toBeCloseTo(4000, 6);
    expect(result.maxLoss).toBeCloseTo(576000, 3);
  });

  it('of debit and credit spreads use the same formula', () => {
    const debit = compute(
      initialBreakEvenTexts({ strategy: 'call-spread', strikes: [6000, 6100], premium: 40 }),
    );
    const credit = compute(
      initialBreakEvenTexts({
        strategy: 'call-spread',
        strikes: [6000, 6100],
        premium: 40,
        side: 'credit',
      }),
    );
    expect(debit.breakevens[0]!.price).toBeCloseTo(6040, 9);
    expect(credit.breakevens[0]!.price).toBeCloseTo(6040, 9);
    expect(debit.maxProfit).toBeCloseTo(credit.maxLoss, 6);
    const put = compute(
      initialBreakEvenTexts({ strategy: 'put-spread', strikes: [5900, 6000], premium: 30 }),
    );
    expect(put.breakevens[0]!.price).toBeCloseTo(5970, 9);
  });

  it('never produce non-finite chart values', () => {
    const result = compute(initialBreakEvenTexts({ strategy: 'call' }));
    expect(result.chart.expiry.every(Number.isFinite)).toBe(true);
  });
});

describe('probabilities under the site’s drift convention', () => {
  // the bull put spread of ask/probability-of-profit-meaning: 5600/5650 for 6.00, break-even 5644
  const spread = initialBreakEvenTexts({
    strategy: 'put-spread',
    side: 'credit',
    strikes: [5600, 5650],
    premium: 6,
    spot: 6000,
    volatility: 0.16,
    days: 45,
  });

  it('are risk-neutral by default (drift at the 4 % rate): 12.5 % beyond, 87.5 % profit', () => {
    const result = compute(spread);
    expect(spread.drift).toBe('risk-neutral');
    expect(result.breakevens[0]!.chanceBeyond).toBeCloseTo(0.125, 3);
    expect(result.probabilityOfProfit).toBeCloseTo(1 - result.breakevens[0]!.chanceBeyond, 14);
  });

  it('without drift give the zero-drift figures: 14.4 % beyond, 85.6 % profit', () => {
    const result = compute({ ...spread, drift: 'zero' });
    expect(result.breakevens[0]!.chanceBeyond).toBeCloseTo(0.144, 3);
    expect(result.probabilityOfProfit).toBeCloseTo(0.856, 3);
  });

  it('of the condor add up: PoP = 1 − both chances beyond', () => {
    const result = compute(article);
    const [low, high] = result.breakevens;
    expect(result.probabilityOfProfit).toBeCloseTo(1 - low!.chanceBeyond - high!.chanceBeyond, 14);
    expect(result.probabilityOfProfit).toBeCloseTo(0.716, 3);
  });
});

describe('validateBreakEven', () => {
  it('reports strikes out of order with the strategy’s own names', () => {
    const { errors } = validateBreakEven({ ...article, k2: '5550' });
    expect(errors.k2).toBe('The short put must be above the long put, 5,600.');
    const spread = initialBreakEvenTexts({ strategy: 'put-spread', strikes: [5900, 6000] });
    expect(validateBreakEven({ ...spread, k2: '5900' }).errors.k2).toBe(
      'The higher strike must be above the lower strike, 5,900.',
    );
    // Edited lower strike: the message is at that field and names the higher one.
    expect(validateBreakEven({ ...spread, k1: '6100' }, 'k1').errors).toEqual({
      k1: 'The lower strike must be below the higher strike, 6,000.',
    });
  });

  it('rejects a premium that leaves no risk or no break-even', () => {
    expect(validateBreakEven({ ...article, premium: '50' }).errors.premium).toMatch(
      /less than the wider wing \(50 points\)/,
    );
    const put = initialBreakEvenTexts({ strategy: 'put', strikes: [100], spot: 100 });
    expect(validateBreakEven({ ...put, premium: '100' }).errors.premium).toBe(
      'The premium must be less than the strike.',
    );
    const spread = initialBreakEvenTexts({ strategy: 'call-spread', strikes: [6000, 6100] });
    expect(validateBreakEven({ ...spread, premium: '100' }).errors.premium).toMatch(/width \(100/);
  });

  it('ignores strike fields the strategy does not use', () => {
    const call = initialBreakEvenTexts({ strategy: 'call', strikes: [6000], premium: 50 });
    expect(validateBreakEven({ ...call, k2: 'x', k3: '', k4: '-1' }).errors).toEqual({});
  });

  it('falls back to the iron condor for an unknown strategy from a link', () => {
    expect(validateBreakEven({ ...article, strategy: 'bogus' }).inputs?.strategy).toBe(
      'iron-condor',
    );
  });
});

describe('defaults', () => {
  it('uses the given strikes only when their count fits the strategy', () => {
    const texts = initialBreakEvenTexts({ strategy: 'call', strikes: [6000, 6100] });
    expect(texts.k1).toBe('6000');
    expect(defaultStrikes('put-spread', 6000, 0.16, 45)).toEqual([5900, 6000]);
  });

  it('suggests the model premium, rounded to 0.05', () => {
    const texts = initialBreakEvenTexts({ strategy: 'call', strikes: [6000] });
    const model = modelPremium('call', [6000], 6000, 0.16, 45);
    expect(Number(texts.premium)).toBeCloseTo(Math.round(model / 0.05) * 0.05, 9);
  });

  it('switches strategy keeping the market fields', () => {
    const next = switchStrategy({ ...article, spot: '5000', days: '30' }, 'put');
    expect(next.strategy).toBe('put');
    expect(next.side).toBe('debit');
    expect(next.spot).toBe('5000');
    expect(next.days).toBe('30');
    expect(next.k1).toBe('5000');
  });

  it('names strikes by side', () => {
    expect(strikeLabels('iron-condor', 'debit')[0]).toBe('Short put');
    expect(strikeLabels('call-spread', 'credit')[1]).toBe('Higher strike (bought call)');
  });

  it('builds one-contract legs whose net premium matches the side', () => {
    const s = buildStrategy({
      strategy: 'put-spread',
      side: 'debit',
      strikes: [5900, 6000],
      premium: 30,
    });
    expect(s.legs).toEqual([
      { kind: 'put', strike: 6000, quantity: 1, premium: 30 },
      { kind: 'put', strike: 5900, quantity: -1, premium: 0 },
    ]);
  });
});
