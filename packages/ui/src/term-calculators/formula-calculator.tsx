'use client';

import type * as React from 'react';
import { NumberField } from '../fields/number-field';
import { FieldGrid } from '../shell/field-groups';
import { ComputeError, Results, Stat, StatGrid } from '../shell/results';
import type { FieldErrors, FormulaField, FormulaOutcome } from './formula-model';
import { FormulaReadout, TermCalculatorFrame } from './term-calculator-frame';
import type { TermValidated } from './use-term-calculator';
import { useTermCalculator } from './use-term-calculator';

/** Props every glossary formula calculator accepts besides its initial values. */
export interface TermCalculatorCommonProps
  extends Omit<React.ComponentProps<'section'>, 'title' | 'children'> {
  /** Title; each calculator has its own default. */
  title?: string;
  /** Heading level of the title, default 3. */
  headingLevel?: 2 | 3 | 4;
}

export interface FormulaCalculatorProps<K extends string, I> extends TermCalculatorCommonProps {
  title: string;
  description: string;
  /** Legend of the field group. */
  legend: string;
  fields: readonly FormulaField<K>[];
  /** Initial field texts (the page's worked example). */
  initial: Record<K, string>;
  /** Must be a stable function (module level), like `compute`. */
  validate: (texts: Record<K, string>) => TermValidated<I, FieldErrors<K>>;
  compute: (inputs: I) => FormulaOutcome;
  /** Small print under the results. */
  footnote?: string;
}

/**
 * A calculator for one formula: labelled fields, inline messages, the headline figures and the
 * formula with the numbers substituted. Each glossary calculator (CAPM, WACC, P/E, …) is this
 * component with its own fields and engine call.
 */
export function FormulaCalculator<K extends string, I>({
  title,
  description,
  legend,
  fields,
  initial,
  validate,
  compute,
  footnote,
  headingLevel,
  ...props
}: FormulaCalculatorProps<K, I>) {
  const model = useTermCalculator(initial, validate, compute);
  const { state, setState, errors, result, stale } = model;
  return (
    <TermCalculatorFrame
      title={title}
      description={description}
      headingLevel={headingLevel}
      resetState={model.reset}
      {...props}
    >
      <FieldGrid legend={legend}>
        {fields.map((field) => (
          <NumberField
            key={field.key}
            name={field.key}
            label={field.label}
            unit={field.unit}
            hint={field.hint}
            value={state[field.key]}
            onValueChange={(text) => setState((previous) => ({ ...previous, [field.key]: text }))}
            error={errors[field.key]}
          />
        ))}
      </FieldGrid>
      <ComputeError message={model.computeError} />
      <Results stale={stale} empty={!result}>
        {result ? (
          <StatGrid>
            {result.figures.map((figure) => (
              <Stat
                key={figure.label}
                label={figure.label}
                value={figure.value}
                note={figure.note}
                tone={figure.tone}
              />
            ))}
          </StatGrid>
        ) : null}
        {result ? <FormulaReadout readout={result.readout} /> : null}
      </Results>
      {footnote ? <p className="m-0 text-xs text-muted">{footnote}</p> : null}
    </TermCalculatorFrame>
  );
}
