/**
 * `npm run content:check`: builds nothing, reads the content build's output and fails with the
 * file and line of every broken reference. Run after `contentlayer2 build` (the build does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ArticleInput,
  checkContent,
  formatProblem,
  type GuideInput,
  type TermInput,
} from '../src/lib/content-integrity';

const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = join(siteDir, '../../content');
const generated = join(siteDir, '.contentlayer/generated');

interface RawDoc {
  _raw: { sourceFilePath: string };
  body: { raw: string };
  [field: string]: unknown;
}

function load(type: string): RawDoc[] {
  const file = join(generated, type, '_index.json');
  if (!existsSync(file)) {
    console.error(
      `No content build found at ${relative(process.cwd(), file)}: run "npm run content -w @vixshield/site" first.`,
    );
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as RawDoc[];
}

const fileOf = (doc: RawDoc) => `content/${doc._raw.sourceFilePath}`;
const sourceOf = (doc: RawDoc) => readFileSync(join(contentDir, doc._raw.sourceFilePath), 'utf8');

const articles: ArticleInput[] = load('Question').map((doc) => ({
  slug: doc.slug as string,
  file: fileOf(doc),
  source: sourceOf(doc),
  title: doc.title as string,
  summary: doc.summary as string,
  tags: doc.tags as string[],
  related: doc.related as string[],
  termSlugs: doc.termSlugs as string[],
  calculators: doc.calculators as string[],
  basedOn: doc.basedOn as ArticleInput['basedOn'],
}));

const terms: TermInput[] = load('Term').map((doc) => ({
  slug: doc.slug as string,
  file: fileOf(doc),
  source: sourceOf(doc),
  name: doc.name as string,
  aliases: doc.aliases as string[],
  definition: doc.definition as string,
  formula: doc.formula as string | undefined,
  formulaNotes: doc.formulaNotes as string | undefined,
  related: doc.related as string[],
  sources: doc.sources as TermInput['sources'],
  termSlugs: doc.termSlugs as string[],
  calculators: doc.calculators as string[],
}));

const guides: GuideInput[] = load('CalculatorGuide').map((doc) => ({
  slug: doc.slug as string,
  file: fileOf(doc),
  source: sourceOf(doc),
  component: doc.component as string,
  termSlugs: doc.termSlugs as string[],
}));

const problems = checkContent(articles, terms, guides);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\ncontent check: ${problems.length} problem(s) in ${articles.length} articles and ${terms.length} glossary terms`,
  );
  process.exit(1);
}
console.log(
  `content check: ${articles.length} articles, ${terms.length} glossary terms and ${guides.length} calculator guides; all references resolve`,
);
