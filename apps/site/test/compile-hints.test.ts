import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPILE_HINT, markFirstLoadChunks } from '../scripts/compile-hints';

/** A build folder with two pages, the chunks they load, a lazy chunk and a polyfill. */
function fakeBuild(): string {
  // The build folder sits in a folder of its own, so the file outside it is ours too.
  const dir = join(mkdtempSync(join(tmpdir(), 'compile-hints-')), 'build');
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'server/app/index.html',
    '<script src="/_next/static/chunks/runtime.js" async=""></script>' +
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
      '<script src="/_next/static/../../outside.js"></script>',
  );
  write(
    'server/app/ask/answer.html',
    '<script src="/_next/static/chunks/runtime.js"></script><script src="/_next/static/chunks/page.js?v=1&amp;x=2"></script>',
  );
  for (const name of ['runtime', 'page', 'lazy', 'polyfill'])
    write(`static/chunks/${name}.js`, `self.${name}=1;\n`);
  write('../outside.js', 'outside();\n');
  return dir;
}

describe('markFirstLoadChunks', () => {
  let dir = '';
  afterEach(() => {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });
  const chunk = (name: string) => readFileSync(join(dir, 'static/chunks', `${name}.js`), 'utf8');

  it('marks each chunk a page loads with <script src> once, and nothing else', () => {
    dir = fakeBuild();
    const unmarked = chunk('runtime').length + chunk('page').length;
    expect(markFirstLoadChunks(dir)).toEqual({ chunks: 2, marked: 2, bytes: unmarked });
    expect(chunk('runtime')).toBe(`${COMPILE_HINT}self.runtime=1;\n`);
    expect(chunk('page')).toBe(`${COMPILE_HINT}self.page=1;\n`);
    // Loaded later, or only by browsers without modules: left to compile lazily.
    expect(chunk('lazy')).toBe('self.lazy=1;\n');
    expect(chunk('polyfill')).toBe('self.polyfill=1;\n');
    // A script URL that leads out of the build folder is not touched.
    expect(readFileSync(join(dir, '..', 'outside.js'), 'utf8')).toBe('outside();\n');
  });

  it('leaves marked chunks as they are when it runs again', () => {
    dir = fakeBuild();
    markFirstLoadChunks(dir);
    expect(markFirstLoadChunks(dir)).toMatchObject({ chunks: 2, marked: 0 });
    expect(chunk('runtime')).toBe(`${COMPILE_HINT}self.runtime=1;\n`);
  });

  it('refuses a build whose pages load no chunk (the build changed its script tags)', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'compile-hints-')), 'build');
    mkdirSync(join(dir, 'server/app'), { recursive: true });
    writeFileSync(join(dir, 'server/app/index.html'), '<p>no scripts</p>');
    expect(() => markFirstLoadChunks(dir)).toThrow(/loads a script chunk/);
  });
});
