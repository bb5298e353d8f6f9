/**
 * Builds the site search index after `next build`: every answer, glossary term and calculator
 * page is read from the prerendered HTML and handed to Pagefind with its real URL (Pagefind's
 * CLI would derive ".html" URLs from file names, which `next start` does not serve). Only the
 * <main data-pagefind-body> of each page is indexed; parts marked data-pagefind-ignore are left
 * out. Output: public/pagefind, served as static files by `next start`.
 *
 * Run by scripts/finish-build.ts (`npm run search:index` alone); NEXT_DIST_DIR selects the build
 * folder.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { close, createIndex } from 'pagefind';
import { prerenderedDir, siteDir } from './build-dir';

const generated = join(siteDir, '.contentlayer', 'generated');
const outputPath = join(siteDir, 'public', 'pagefind');
/**
 * Pages handed to Pagefind at once: its service indexes them side by side, where one at a time
 * it waits on each round trip. 2,144 pages: 19.0 s and 1,121 MB one at a time, 15.2 s and
 * 1,228 MB four at a time (sixteen gained nothing more and cost more memory).
 */
const IN_FLIGHT = 4;

/**
 * A page's HTML without its scripts: nothing in a script is indexed, and an answer's inline
 * route payload is a third of its HTML that Pagefind would otherwise parse. A script's text
 * cannot contain "</script" (the payload escapes it), so the first one closes it, as in a browser.
 */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

function urlsOf(type: string): string[] {
  const file = join(generated, type, '_index.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { url: string }[]).map((d) => d.url);
}

export async function buildSearchIndex(): Promise<void> {
  const started = performance.now();
  const urls = [...urlsOf('Question'), ...urlsOf('Term'), ...urlsOf('CalculatorGuide')].sort();
  const missing = urls.filter((url) => !existsSync(join(prerenderedDir, `${url}.html`)));
  if (missing.length > 0) {
    throw new Error(
      `No prerendered HTML for ${missing.length} page(s) in ${relative(siteDir, prerenderedDir)} ` +
        `(run next build first): ${missing.slice(0, 5).join(', ')}`,
    );
  }

  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let words = 0;
    let taken = 0;
    const indexOne = async (url: string) => {
      const content = withoutScripts(readFileSync(join(prerenderedDir, `${url}.html`), 'utf8'));
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`${url}: ${added.errors.join('; ')}`);
      if (!added.file.meta.title) throw new Error(`${url}: indexed without a title (no <h1>?)`);
      words += added.file.uniqueWords;
    };
    const lane = async () => {
      for (let url = urls[taken++]; url !== undefined; url = urls[taken++]) await indexOne(url);
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));

    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`writing the index: ${written.errors.join('; ')}`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `search index: ${urls.length} pages, ${words} unique words (summed per page) → public/pagefind in ${seconds} s`,
    );
  } finally {
    await close();
  }
}
