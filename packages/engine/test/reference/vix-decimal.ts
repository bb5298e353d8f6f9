/**
 * An independent decimal.js (50-digit) implementation of the Cboe VIX white-paper formulas,
 * written step by step from the white paper for the consistency test: the selection rules,
 * σ² = (2/T)·Σ ΔK/K²·e^(RT)·Q(K) − (1/T)(F/K0 − 1)², and the 30-day interpolation.
 */
import type { VixTerm } from '../../src/vix-index.ts';
import { D, type Dec, exact } from './decimal-math.ts';

interface Row {
  k: Dec;
  cb: Dec;
  ca: Dec;
  pb: Dec;
  pa: Dec;
}

function termVariance(term: VixTerm): { variance: Dec; forward: Dec; k0: Dec; time: Dec } {
  const time = exact(term.minutesToExpiration).dividedBy(525600);
  const growth = D.exp(exact(term.rate).times(time));
  const rows: Row[] = [...term.quotes]
    .sort((a, b) => a.strike - b.strike)
    .map((q) => ({
      k: exact(q.strike),
      cb: exact(q.callBid),
      ca: exact(q.callAsk),
      pb: exact(q.putBid),
      pa: exact(q.putAsk),
    }));
  const mid = (b: Dec, a: Dec) => b.plus(a).dividedBy(2);
  // Step 1: the strike with the smallest |call mid − put mid|
  let best = rows[0]!;
  let bestGap: Dec | undefined;
  for (const r of rows) {
    if (r.ca.isZero() || r.pa.isZero()) continue;
    const gap = mid(r.cb, r.ca).minus(mid(r.pb, r.pa)).abs();
    if (bestGap === undefined || gap.lessThan(bestGap)) {
      bestGap = gap;
      best = r;
    }
  }
  const forward = best.k.plus(growth.times(mid(best.cb, best.ca).minus(mid(best.pb, best.pa))));
  const k0Row = rows.filter((r) => r.k.lessThanOrEqualTo(forward)).at(-1)!;
  const k0Index = rows.indexOf(k0Row);
  // Step 2: out-of-the-money strip, two consecutive zero bids end it
  const selected: { k: Dec; q: Dec }[] = [
    { k: k0Row.k, q: mid(k0Row.pb, k0Row.pa).plus(mid(k0Row.cb, k0Row.ca)).dividedBy(2) },
  ];
  for (let i = k0Index - 1, zeros = 0; i >= 0 && zeros < 2; i--) {
    const r = rows[i]!;
    if (r.pb.isZero()) zeros++;
    else {
      zeros = 0;
      selected.unshift({ k: r.k, q: mid(r.pb, r.pa) });
    }
  }
  for (let i = k0Index + 1, zeros = 0; i < rows.length && zeros < 2; i++) {
    const r = rows[i]!;
    if (r.cb.isZero()) zeros++;
    else {
      zeros = 0;
      selected.push({ k: r.k, q: mid(r.cb, r.ca) });
    }
  }
  let sum = new D(0);
  selected.forEach((s, i) => {
    const lower = selected[i - 1]?.k;
    const upper = selected[i + 1]?.k;
    const dk =
      lower === undefined
        ? upper!.minus(s.k)
        : upper === undefined
          ? s.k.minus(lower)
          : upper.minus(lower).dividedBy(2);
    sum = sum.plus(dk.dividedBy(s.k.times(s.k)).times(growth).times(s.q));
  });
  const variance = sum
    .times(2)
    .dividedBy(time)
    .minus(forward.dividedBy(k0Row.k).minus(1).pow(2).dividedBy(time));
  return { variance, forward, k0: k0Row.k, time };
}

export function vixD(
  near: VixTerm,
  next: VixTerm,
): { value: Dec; near: ReturnType<typeof termVariance>; next: ReturnType<typeof termVariance> } {
  const a = termVariance(near);
  const b = termVariance(next);
  const n1 = exact(near.minutesToExpiration);
  const n2 = exact(next.minutesToExpiration);
  const n30 = new D(43200);
  const blended = a.time
    .times(a.variance)
    .times(n2.minus(n30).dividedBy(n2.minus(n1)))
    .plus(b.time.times(b.variance).times(n30.minus(n1).dividedBy(n2.minus(n1))));
  return { value: blended.times(525600).dividedBy(n30).sqrt().times(100), near: a, next: b };
}
