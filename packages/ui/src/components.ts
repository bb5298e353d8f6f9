/**
 * Calculator components by their MDX name, for the site's MDX components map. Each value is a
 * client component ('use client'), so this record can be passed from a server component.
 */
import type { CalculatorComponentName } from './catalog';
import { IronCondorCalculator } from './iron-condor/iron-condor-calculator';

export const calculatorComponents = {
  IronCondorCalculator,
} satisfies Partial<Record<CalculatorComponentName, unknown>>;
