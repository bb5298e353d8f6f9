import { calculatorUrls, embeddingCalculatorUrls } from './content-index';
import { expect, test } from './fixtures';
import { checkHtml, describeProblem } from './html-validator';

/**
 * Valid HTML, as the W3C Nu Html Checker sees it, on the server HTML of every page that draws a
 * chart (each answer and term embedding a calculator, each calculator page) and on the pages
 * readers land on or type into. All pages go to one run of the checker.
 */
const pages = [
  '/',
  '/ask',
  '/ask/new',
  '/glossary',
  '/search',
  '/trial',
  ...calculatorUrls,
  ...embeddingCalculatorUrls,
];

test('every page with a chart, and the main pages, are valid HTML (Nu Html Checker)', async ({
  request,
}) => {
  test.setTimeout(240_000);
  const documents = await Promise.all(
    pages.map(async (path) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return { name: path, html: await response.text() };
    }),
  );
  const problems = await checkHtml(documents);
  const errors = problems.filter((p) => p.type === 'error');
  const warnings = problems.filter((p) => p.subType === 'warning');
  console.log(
    `Nu Html Checker: ${documents.length} pages, ${errors.length} errors, ${warnings.length} warnings`,
  );
  for (const warning of warnings) console.log(`  warning ${describeProblem(warning)}`);
  expect(errors.map(describeProblem), 'HTML errors (page:line:column message)').toEqual([]);
});
