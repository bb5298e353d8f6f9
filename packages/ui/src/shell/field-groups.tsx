'use client';

import type * as React from 'react';
import { SegmentedField, SelectField } from '../fields/choice-field';
import { NumberField } from '../fields/number-field';
import { cn } from '../lib/cn';
import type { CalculatorModel, FieldTexts } from '../lib/use-calculator-state';
import type { FieldDecl, FieldGroupDecl } from './calculator-spec';

/** A group of fields with a visible legend, in one or more columns by the width it gets. */
export function FieldGrid({
  legend,
  className,
  children,
  ...props
}: React.ComponentProps<'fieldset'> & { legend: string }) {
  return (
    <fieldset className={cn('m-0 min-w-0 border-0 p-0', className)} {...props}>
      <legend className="mb-2 p-0 text-sm font-semibold text-muted">{legend}</legend>
      <div className="grid grid-cols-1 gap-x-3 gap-y-4 @min-[17rem]:grid-cols-2 @min-[42rem]:grid-cols-4">
        {children}
      </div>
    </fieldset>
  );
}

/** The field a declaration describes, wired to the calculator's model. */
export function DeclaredField<T extends FieldTexts>({
  decl,
  model,
}: {
  decl: FieldDecl<keyof T & string>;
  model: Pick<CalculatorModel<T, unknown, unknown, string>, 'fieldProps' | 'values' | 'setValues'>;
}) {
  const wide = 'wide' in decl && decl.wide ? 'col-span-full @min-[42rem]:col-span-2' : undefined;
  switch (decl.kind) {
    case 'custom':
      return <div className={cn('min-w-0', wide)}>{decl.node}</div>;
    case 'segmented':
    case 'select': {
      const value = model.values[decl.key] ?? '';
      const onValueChange = (next: string) =>
        model.setValues((decl.patchFor?.(next) ?? { [decl.key]: next }) as Partial<T>);
      return decl.kind === 'segmented' ? (
        <SegmentedField
          legend={decl.label}
          value={value}
          options={decl.options}
          onValueChange={onValueChange}
          className={wide}
        />
      ) : (
        <SelectField
          label={decl.label}
          name={decl.key}
          value={value}
          options={decl.options}
          onValueChange={onValueChange}
          className={wide}
        />
      );
    }
    default: {
      const { action } = decl;
      return (
        <NumberField
          {...model.fieldProps(decl.key)}
          label={decl.label}
          unit={decl.unit}
          slider={decl.slider}
          hint={decl.hint}
          srPrefix={decl.srPrefix}
          action={
            action
              ? {
                  message: action.message,
                  label: action.label,
                  onAction: () => model.setValues(action.patch as Partial<T>),
                }
              : undefined
          }
        />
      );
    }
  }
}

/** Every group of a calculator's fields, in order. */
export function FieldGroups<T extends FieldTexts>({
  groups,
  model,
}: {
  groups: readonly FieldGroupDecl<keyof T & string>[];
  model: Pick<CalculatorModel<T, unknown, unknown, string>, 'fieldProps' | 'values' | 'setValues'>;
}) {
  return (
    <>
      {groups.map((group) => (
        <FieldGrid key={group.legend} legend={group.legend}>
          {group.fields.map((decl) =>
            decl ? (
              <DeclaredField
                key={decl.kind === 'custom' ? decl.id : decl.key}
                decl={decl}
                model={model}
              />
            ) : null,
          )}
        </FieldGrid>
      ))}
    </>
  );
}
