import { calculatorComponents, termCalculatorComponents } from '@vixshield/ui';
import type { MDXComponents } from 'mdx/types';
import { useMDXComponent } from 'next-contentlayer2/hooks';
import { TermLink } from './term-link';

/** The one map from MDX element names to components: glossary links and every calculator. */
const components = {
  Term: TermLink,
  ...calculatorComponents,
  ...termCalculatorComponents,
} as unknown as MDXComponents;

export function MdxContent({ code }: { code: string }) {
  const Content = useMDXComponent(code);
  return <Content components={components} />;
}
