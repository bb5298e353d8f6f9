import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every page the content build produced, read from its output, for tests that visit them all. */
const generated = fileURLToPath(new URL('../.contentlayer/generated', import.meta.url));

function urls(type: string): string[] {
  const docs = JSON.parse(readFileSync(join(generated, type, '_index.json'), 'utf8')) as {
    url: string;
  }[];
  return docs.map((d) => d.url).sort();
}

export const articleUrls = urls('Question');
export const termUrls = urls('Term');
export const calculatorUrls = urls('CalculatorGuide');
export const staticUrls = ['/', '/ask', '/ask/new', '/glossary', '/calculators', '/trial'];
/** The answer most specs open: the flagship, with an embedded calculator and a table of contents. */
export const FLAGSHIP = '/ask/multi-sig-vs-alvh-layered-hedging';
