/**
 * The declarative description a calculator gives the shared shell (`Calculator`): its fields in
 * groups, its headline, its figures, its chart and any detail tables. The shell owns every piece
 * of layout (phone and desktop), the slider wiring, the stale state and the buttons, so a layout
 * change is made once for all calculators.
 */
import type * as React from 'react';
import type { PayoffChartProps } from '../chart/payoff-chart';
import type { ChoiceOption } from '../fields/choice-field';
import type { FieldTexts } from '../lib/use-calculator-state';

/** A number field bound to the text `key` (optionally with a slider). */
export interface NumberFieldDecl<K extends string> {
  kind?: 'number';
  key: K;
  label: string;
  unit?: string;
  slider?: { min: number; max: number; step: number };
  hint?: string;
  /** Visually hidden text before the label that makes it unique (e.g. "Layer 2: "). */
  srPrefix?: string;
  /** A suggestion shown at the field with a one-tap fix ("Use model credit"). */
  action?: FieldAction;
}

export interface FieldAction {
  message: string;
  label: string;
  /** The texts to set when the reader takes the suggestion. */
  patch: Record<string, string>;
}

/** A radio row or a select bound to the text `key`. */
export interface ChoiceFieldDecl<K extends string> {
  kind: 'segmented' | 'select';
  key: K;
  label: string;
  options: readonly ChoiceOption<string>[];
  /** The texts to set for a choice, when more than `key` changes (default `{ [key]: value }`). */
  patchFor?: (value: string) => Record<string, string>;
  /** Takes two columns of the field grid. */
  wide?: boolean;
}

/** Anything else, e.g. the layered condor's "Add a layer" buttons. */
export interface CustomFieldDecl {
  kind: 'custom';
  id: string;
  node: React.ReactNode;
  wide?: boolean;
}

export type FieldDecl<K extends string> = NumberFieldDecl<K> | ChoiceFieldDecl<K> | CustomFieldDecl;

export interface FieldGroupDecl<K extends string> {
  legend: string;
  fields: readonly (FieldDecl<K> | null | false)[];
}

/** One figure of the results. */
export interface FigureDecl {
  label: string;
  value: string;
  tone?: 'profit' | 'loss' | 'neutral';
  note?: string;
}

/** One item of the headline: the figure(s) kept in view while the reader edits an input. */
export interface HeadlineDecl {
  label: string;
  value: string;
  tone?: 'profit' | 'loss' | 'neutral';
}

/**
 * Everything a calculator shows for a result. Functions of the result only (define them at
 * module level), so the shell memoises their output while the reader types.
 */
export interface ResultView<R> {
  /** The one to three figures of the sticky summary line. */
  headline: (result: R) => readonly HeadlineDecl[];
  /** A sentence that reads the figures (a verdict), shown right after them. */
  verdict?: (result: R) => string;
  /** The figures grid. */
  figures: (result: R) => readonly FigureDecl[];
  /** The chart's props. */
  chart: (result: R) => PayoffChartProps;
  /** Tables or notes after the chart (a scenario grid, the Greeks). */
  details?: (result: R) => React.ReactNode;
}

export type TextsOf<T extends FieldTexts> = keyof T & string;

/**
 * The props of every calculator component: its setup (the initial inputs, which MDX passes as
 * props), where its state lives in the URL, its title and heading level, and the attributes of
 * its `<section>`.
 */
export type CalculatorEmbedProps<Setup> = Setup &
  Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof Setup> & {
    /** URL namespace of the state; give each a different one when two share a page. */
    stateKey?: string;
    /** Heading level of the title, default 2. */
    headingLevel?: 2 | 3 | 4;
    /** Title shown above the calculator. */
    title?: string;
  };
