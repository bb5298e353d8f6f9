import { describe, expect, it } from 'vitest';
import {
  buildScales,
  choosePriceDomain,
  chooseValueDomain,
  interpolate,
  keyboardIndex,
  labelWidth,
  linspace,
  nearestIndex,
  tickCount,
  zeroCrossings,
} from './chart-math';

describe('choosePriceDomain', () => {
  it('shows spot ± 2.5 SD padded by 8 %', () => {
    const [lo, hi] = choosePriceDomain({ spot: 6000, sdMove: 100 });
    expect(lo).toBeCloseTo(5750 - 40, 9);
    expect(hi).toBeCloseTo(6250 + 40, 9);
  });
  it('widens to contain strikes and break-evens, ignoring non-finite values', () => {
    const [lo, hi] = choosePriceDomain({
      spot: 6000,
      sdMove: 10,
      include: [5500, 6600, Number.NaN, Number.POSITIVE_INFINITY],
      padding: 0,
    });
    expect([lo, hi]).toEqual([5500, 6600]);
  });
  it('never goes below the floor and is never zero-width', () => {
    expect(choosePriceDomain({ spot: 10, sdMove: 100 })[0]).toBe(0.01);
    expect(choosePriceDomain({ spot: 10, sdMove: 100, floor: 0 })[0]).toBe(0);
    const [lo, hi] = choosePriceDomain({ spot: 6000, sdMove: 0, padding: 0 });
    expect(hi - lo).toBeCloseTo(600, 9);
  });
});

describe('linspace', () => {
  it('includes both ends exactly', () => {
    const xs = linspace(1, 2, 5);
    expect(xs).toEqual([1, 1.25, 1.5, 1.75, 2]);
    expect(linspace(0, 1, 1)).toEqual([0, 1]);
  });
});

describe('chooseValueDomain', () => {
  it('contains zero and every finite value, padded', () => {
    const [lo, hi] = chooseValueDomain(
      [
        [100, 200],
        [-50, Number.NaN],
      ],
      0.1,
    );
    expect(lo).toBeCloseTo(-75, 9);
    expect(hi).toBeCloseTo(225, 9);
  });
  it('keeps zero as an edge when all values are on one side', () => {
    expect(chooseValueDomain([[100, 200]], 0.1)[0]).toBe(0);
  });
  it('is never zero-width', () => {
    expect(chooseValueDomain([[0, 0]])).toEqual([-1, 1]);
    expect(chooseValueDomain([])).toEqual([-1, 1]);
  });
});

describe('buildScales', () => {
  it('maps the x domain onto the plot and rounds the y domain to nice ticks', () => {
    const margins = { top: 10, right: 10, bottom: 30, left: 50 };
    const { x, y, xTicks, yTicks } = buildScales([5000, 7000], [-480, 960], 640, 300, margins);
    expect(x(5000)).toBe(50);
    expect(x(7000)).toBe(630);
    expect(y.domain()[0]).toBeLessThanOrEqual(-480);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(960);
    expect(yTicks).toContain(0);
    expect(xTicks.length).toBeGreaterThanOrEqual(2);
    expect(xTicks.every((t) => t >= 5000 && t <= 7000)).toBe(true);
  });
  it('uses fewer ticks on a narrow chart', () => {
    const margins = { top: 10, right: 10, bottom: 30, left: 50 };
    const wide = buildScales([5000, 7000], [0, 1], 900, 300, margins).xTicks.length;
    const narrow = buildScales([5000, 7000], [0, 1], 360, 300, margins).xTicks.length;
    expect(narrow).toBeLessThan(wide);
  });
});

describe('tickCount and labelWidth', () => {
  it('clamps between 3 and 10', () => {
    expect(tickCount(50, 90)).toBe(3);
    expect(tickCount(5000, 90)).toBe(10);
  });
  it('measures the longest label', () => {
    expect(labelWidth(['$1k', '−$12.5k'], 10)).toBe(70);
  });
});

describe('nearestIndex and interpolate', () => {
  const xs = [0, 1, 2, 3, 4];
  it('finds the nearest sample, clamped to the ends', () => {
    expect(nearestIndex(xs, 2.4)).toBe(2);
    expect(nearestIndex(xs, 2.6)).toBe(3);
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 99)).toBe(4);
    expect(nearestIndex([], 1)).toBe(-1);
  });
  it('interpolates linearly between samples', () => {
    expect(interpolate(xs, [0, 10, 20, 30, 40], 2.5)).toBe(25);
    expect(interpolate(xs, [0, 10, 20, 30, 40], 10)).toBe(40);
    expect(Number.isNaN(interpolate([], [], 1))).toBe(true);
  });
});

describe('keyboardIndex', () => {
  it('steps about 1 % with arrows and 10 % with Shift or Page keys', () => {
    expect(keyboardIndex('ArrowRight', 100, 401)).toBe(104);
    expect(keyboardIndex('ArrowLeft', 100, 401)).toBe(96);
    expect(keyboardIndex('ArrowRight', 100, 401, true)).toBe(140);
    expect(keyboardIndex('PageDown', 10, 401)).toBe(0);
    expect(keyboardIndex('Home', 100, 401)).toBe(0);
    expect(keyboardIndex('End', 100, 401)).toBe(400);
  });
  it('starts in the middle when there is no crosshair yet and ignores other keys', () => {
    expect(keyboardIndex('ArrowRight', -1, 401)).toBe(200);
    expect(keyboardIndex('a', 5, 401)).toBeNull();
  });
});

describe('zeroCrossings', () => {
  it('finds sign changes by linear interpolation', () => {
    expect(zeroCrossings([0, 1, 2, 3], [-1, 1, 1, -3])).toEqual([0.5, 2.25]);
    expect(zeroCrossings([0, 1, 2], [0, 1, 2])).toEqual([0]);
    expect(zeroCrossings([0, 1], [1, 2])).toEqual([]);
  });
});
