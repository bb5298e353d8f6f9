import type { MDXComponents } from 'mdx/types';
import { useMDXComponent } from 'next-contentlayer2/hooks';
import type * as React from 'react';
import { CalculatorIsland } from './calculator-island';
import { TermLink } from './term-link';

/**
 * The one MDX renderer: <Term> links to the glossary, and each embedded calculator is a lazily
 * hydrated island (calculator-island.tsx) instead of a component in the page's first-load
 * JavaScript. `calculators` is the content build's list of the components the document uses
 * (its `calculators` computed field), so only those are mapped; calculator guides embed none.
 */
export function MdxBody({ code, calculators }: { code: string; calculators: readonly string[] }) {
  const Content = useMDXComponent(code);
  const components: Record<string, React.ComponentType<Record<string, unknown>>> = {
    Term: TermLink as React.ComponentType<Record<string, unknown>>,
  };
  for (const name of calculators) {
    components[name] = (props) => <CalculatorIsland name={name} {...props} />;
  }
  return <Content components={components as unknown as MDXComponents} />;
}
