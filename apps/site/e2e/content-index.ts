import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** URLs of every answer, term and calculator page, read from the content build's output. */
const generated = fileURLToPath(new URL('../.contentlayer/generated/', import.meta.url));

interface IndexedDoc {
  url: string;
  /** Names of the calculators the document embeds (answers and terms). */
  calculators?: string[];
}

function docs(type: string): IndexedDoc[] {
  return JSON.parse(readFileSync(`${generated}${type}/_index.json`, 'utf8')) as IndexedDoc[];
}

function urls(type: string): string[] {
  return docs(type)
    .map((d) => d.url)
    .sort();
}

export const articleUrls = urls('Question');
export const termUrls = urls('Term');
export const calculatorUrls = urls('CalculatorGuide');

/** Answers and terms that embed at least one calculator (and so draw a chart). */
export const embeddingCalculatorUrls = ['Question', 'Term']
  .flatMap(docs)
  .filter((d) => (d.calculators ?? []).length > 0)
  .map((d) => d.url)
  .sort();
