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

// The series are evaluated with Estrin's scheme (powers δ², δ⁴, δ⁸ and independent pairs), whose
// dependency chain is three multiply-adds deep instead of nine: these calls sit on the critical
// path of the Greeks and of implied-volatility iterations.

/** Φ(−z) alone for 0 ≤ z < TABLE_LIMIT (not checked, relative accuracy); tableOut is untouched. */
export function tabulatedTailOnly(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const d = z - k / PER_UNIT;
  const i = k * WIDTH;
  const d2 = d * d;
  const d4 = d2 * d2;
  const low = t[i + 1]! + t[i + 2]! * d + (t[i + 3]! + t[i + 4]! * d) * d2;
  const high = t[i + 5]! + t[i + 6]! * d + (t[i + 7]! + t[i + 8]! * d) * d2;
  return t[i]! - d * (low + (high + t[i + 9]! * d4) * d4);
}

/** φ(z) alone for 0 ≤ z < TABLE_LIMIT (not checked). */
export function tabulatedDensity(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const d = z - k / PER_UNIT;
  const i = k * WIDTH;
  const d2 = d * d;
  const d4 = d2 * d2;
  const low = t[i + 1]! + 2 * t[i + 2]! * d + (3 * t[i + 3]! + 4 * t[i + 4]! * d) * d2;
  const high = 5 * t[i + 5]! + 6 * t[i + 6]! * d + (7 * t[i + 7]! + 8 * t[i + 8]! * d) * d2;
  return low + (high + 9 * t[i + 9]! * d4) * d4;
}

/** Φ(−z) for 0 ≤ z < TABLE_LIMIT (not checked); also sets tableOut.density = φ(z). */
export function tabulatedTail(z: number): number {
  const t = normalTable();
  const k = (z * PER_UNIT) | 0;
  const d = z - k / PER_UNIT;
  const i = k * WIDTH;
  const c1 = t[i + 1]!;
  const c2 = t[i + 2]!;
  const c3 = t[i + 3]!;
  const c4 = t[i + 4]!;
  const c5 = t[i + 5]!;
  const c6 = t[i + 6]!;
  const c7 = t[i + 7]!;
  const c8 = t[i + 8]!;
  const c9 = t[i + 9]!;
  const d2 = d * d;
  const d4 = d2 * d2;
  const low = c1 + c2 * d + (c3 + c4 * d) * d2;
  const high = c5 + c6 * d + (c7 + c8 * d) * d2;
  const lowDensity = c1 + 2 * c2 * d + (3 * c3 + 4 * c4 * d) * d2;
  const highDensity = 5 * c5 + 6 * c6 * d + (7 * c7 + 8 * c8 * d) * d2;
  tableOut.density = lowDensity + (highDensity + 9 * c9 * d4) * d4;
  return t[i]! - d * (low + (high + c9 * d4) * d4);
}

/** The table (built on first call): per node Φ(−zₖ) then c₀…c₈. */
export function normalTable(): Float64Array {
  if (table === undefined) table = build();
  return table;
}

/**
 * Φ(−z) to an ABSOLUTE error of about 1e−16 (half an ulp of Φ near ½; not relative), for
 * 0 ≤ z < TABLE_LIMIT, from the table t = normalTable(): six terms suffice when the tail is
 * compared with 1, as in a P&L sum of forward-sized terms (the first one left out is at most
 * max|He₆(z)·φ(z)|·δ⁷/7! ≈ 6·(1/128)⁷/5040 ≈ 2e−18). Not checked.
 */
export function tabulatedTailAbsolute(t: Float64Array, z: number): number {
  const k = (z * PER_UNIT) | 0;
  const d = z - k / PER_UNIT;
  const i = k * WIDTH;
  const d2 = d * d;
  const low = t[i + 1]! + t[i + 2]! * d + (t[i + 3]! + t[i + 4]! * d) * d2;
  const high = t[i + 5]! + t[i + 6]! * d;
  return t[i]! - d * (low + high * (d2 * d2));
}
