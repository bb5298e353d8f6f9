/**
 * A table-driven standard normal upper tail Φ(−z) and density φ(z) for 0 ≤ z < 9, with no
 * exponential or division per call: the hot path of the Greeks and of P&L curves.
 *
 * Nodes zₖ = k/128 store Φ(−zₖ) (from the Cody-based normalCdf, a few ulp) and the Taylor
 * coefficients of the integral of the density: with δ = z − zₖ ∈ [0, 1/128),
 *
 *   Φ(−z) = Φ(−zₖ) − δ·Σₙ cₙδⁿ,  cₙ = (−1)ⁿ·Heₙ(zₖ)·φ(zₖ)/(n + 1)!,  φ(z) = Σₙ (n + 1)·cₙδⁿ,
 *
 * since φ(zₖ + δ)/φ(zₖ) = Σₙ (−1)ⁿHeₙ(zₖ)δⁿ/n! (probabilists' Hermite polynomials, He₀ = 1,
 * He₁ = z, Heₙ₊₁ = z·Heₙ − n·Heₙ₋₁; Abramowitz and Stegun 22.7.14). Nine terms make the
 * truncation below 1e−16 relative (zₖδ < 0.07); the correction is at most 7 % of Φ(−zₖ), so the
 * result keeps the table's relative accuracy. The table (1,153 nodes, 92 kB) is built on first
 * use in about a tenth of a millisecond.
 */

import { normalCdfUnchecked, normalPdfUnchecked } from './normal.ts';

/** Φ(−z) and φ(z) are tabulated for 0 ≤ z < TABLE_LIMIT. */
export const TABLE_LIMIT = 9;
export const PER_UNIT = 128;
const TERMS = 9;
export const WIDTH = TERMS + 1;
const NODES = TABLE_LIMIT * PER_UNIT + 1;

let table: Float64Array | undefined;

function build(): Float64Array {
  const out = new Float64Array(NODES * WIDTH);
  for (let k = 0; k < NODES; k++) {
    const z = k / PER_UNIT;
    const density = normalPdfUnchecked(z);
    out[k * WIDTH] = normalCdfUnchecked(-z);
    let previous = 1; // He₀
    let current = z; // He₁
    let factorial = 1; // (n + 1)!
    for (let n = 0; n < TERMS; n++) {
      const hermite = n === 0 ? 1 : current;
      factorial *= n + 1;
      out[k * WIDTH + 1 + n] = ((n % 2 === 0 ? 1 : -1) * hermite * density) / factorial;
      if (n >= 1) {
        const next = z * current - n * previous;
        previous = current;
        current = next;
      }
    }
  }
  return out;
}

/** The density φ(z) of the last {@link tabulatedTail} call. */
export const tableOut = { density: 0 };

/** The table (built on first call): per node Φ(−zₖ) then c₀…c₈. */
export function normalTable(): Float64Array {
  if (table === undefined) table = build();
  return table;
}

/**
 * Φ(−z) to an ABSOLUTE error of about 1e−16 (half an ulp of Φ near ½; not relative), for
 * 0 ≤ z < TABLE_LIMIT, from the table t = normalTable(): seven terms suffice when the tail is
 * compared with 1, as in a P&L sum of forward-sized terms. Not checked.
 */
export function tabulatedTailAbsolute(t: Float64Array, z: number): number {
  const k = (z * PER_UNIT) | 0;
  const delta = z - k / PER_UNIT;
  const i = k * WIDTH;
  return (
    t[i]! -
    delta *
      (t[i + 1]! +
        delta *
          (t[i + 2]! +
            delta *
              (t[i + 3]! +
                delta *
                  (t[i + 4]! + delta * (t[i + 5]! + delta * (t[i + 6]! + delta * t[i + 7]!))))))
  );
}

/** Φ(−z) alone for 0 ≤ z < TABLE_LIMIT (not checked, relative accuracy); tableOut is untouched. */
export function tabulatedTailOnly(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const delta = z - k / PER_UNIT;
  const i = k * WIDTH;
  return (
    t[i]! -
    delta *
      (t[i + 1]! +
        delta *
          (t[i + 2]! +
            delta *
              (t[i + 3]! +
                delta *
                  (t[i + 4]! +
                    delta *
                      (t[i + 5]! +
                        delta *
                          (t[i + 6]! +
                            delta * (t[i + 7]! + delta * (t[i + 8]! + delta * t[i + 9]!))))))))
  );
}

/** φ(z) alone for 0 ≤ z < TABLE_LIMIT (not checked). */
export function tabulatedDensity(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const delta = z - k / PER_UNIT;
  const i = k * WIDTH;
  return (
    t[i + 1]! +
    delta *
      (2 * t[i + 2]! +
        delta *
          (3 * t[i + 3]! +
            delta *
              (4 * t[i + 4]! +
                delta *
                  (5 * t[i + 5]! +
                    delta *
                      (6 * t[i + 6]! +
                        delta *
                          (7 * t[i + 7]! + delta * (8 * t[i + 8]! + delta * 9 * t[i + 9]!)))))))
  );
}

/** Φ(−z) for 0 ≤ z < TABLE_LIMIT (not checked); also sets tableOut.density = φ(z). */
export function tabulatedTail(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const delta = z - k / PER_UNIT;
  const i = k * WIDTH;
  const c0 = t[i + 1]!;
  const c1 = t[i + 2]!;
  const c2 = t[i + 3]!;
  const c3 = t[i + 4]!;
  const c4 = t[i + 5]!;
  const c5 = t[i + 6]!;
  const c6 = t[i + 7]!;
  const c7 = t[i + 8]!;
  const c8 = t[i + 9]!;
  const integral =
    c0 +
    delta *
      (c1 +
        delta *
          (c2 +
            delta * (c3 + delta * (c4 + delta * (c5 + delta * (c6 + delta * (c7 + delta * c8)))))));
  tableOut.density =
    c0 +
    delta *
      (2 * c1 +
        delta *
          (3 * c2 +
            delta *
              (4 * c3 +
                delta *
                  (5 * c4 +
                    delta * (6 * c5 + delta * (7 * c6 + delta * (8 * c7 + delta * 9 * c8)))))));
  return t[i]! - delta * integral;
}
