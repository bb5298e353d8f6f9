import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** URLs of every answer, term and calculator page, read from the content build's output. */
const generated = fileURLToPath(new URL('../.contentlayer/generated/', import.meta.url));

function urls(type: string): string[] {
  const docs = JSON.parse(readFileSync(`${generated}${type}/_index.json`, 'utf8')) as {
    url: string;
  }[];
  return docs.map((d) => d.url).sort();
}

export const articleUrls = urls('Question');
export const termUrls = urls('Term');
export const calculatorUrls = urls('CalculatorGuide');
