/**
 * Small formula calculators for glossary term pages, by their MDX name, for the site's MDX
 * components map. Each value is a client component ('use client').
 */
import { CapmCalculator } from './capm-calculator';
import { DividendDiscountCalculator } from './dividend-discount-calculator';
import { IrrCalculator } from './irr-calculator';
import { NpvCalculator } from './npv-calculator';
import { PeRatioCalculator } from './pe-ratio-calculator';
import { PriceToCashFlowCalculator } from './price-to-cash-flow-calculator';
import { QuickRatioCalculator } from './quick-ratio-calculator';
import { WaccCalculator } from './wacc-calculator';
import { XirrCalculator } from './xirr-calculator';

export const termCalculatorComponents = {
  NpvCalculator,
  IrrCalculator,
  XirrCalculator,
  CapmCalculator,
  DividendDiscountCalculator,
  WaccCalculator,
  PeRatioCalculator,
  PriceToCashFlowCalculator,
  QuickRatioCalculator,
};

export type TermCalculatorName = keyof typeof termCalculatorComponents;
