import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * The W3C Nu Html Checker (vnu.jar from the vnu-jar package, run by the system's Java) over many
 * documents in one JVM: starting Java costs seconds, checking a page milliseconds, so every page
 * is written to a temporary folder and the checker is given all the files at once.
 */

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export const JAVA_MISSING =
  "The HTML check needs Java (Debian's default-jre-headless). Install it with:  sudo apt-get install -y default-jre-headless  (or set JAVA_HOME), then run the tests again.";

export interface HtmlDocument {
  /** What the report calls the document, e.g. its path on the site. */
  name: string;
  html: string;
}

export interface HtmlProblem {
  page: string;
  type: 'error' | 'info';
  /** "warning" for info messages the checker marks as such. */
  subType?: string;
  line: number;
  column: number;
  message: string;
  extract: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Every message the checker gives (errors and warnings), with the page and line it concerns. */
export async function checkHtml(documents: readonly HtmlDocument[]): Promise<HtmlProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vixshield-vnu-'));
  try {
    // The checker reports files as file: URLs (with one slash or three); their names are unique.
    const byFile = new Map<string, string>();
    const files = documents.map((doc, i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, doc.html);
      byFile.set(basename(file), doc.name);
      return file;
    });
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        javaCommand(),
        ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files],
        { maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error && (error as NodeJS.ErrnoException).code === 'ENOENT')
            reject(new Error(JAVA_MISSING));
          else if (error) reject(new Error(`vnu.jar failed: ${error.message}\n${stderr}`));
          // The JSON report goes to stderr.
          else resolve(stderr || stdout);
        },
      );
    });
    const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
    return messages.map((m) => ({
      page: (m.url && byFile.get(basename(m.url))) ?? m.url ?? '(checker)',
      type: m.type === 'error' || m.type === 'non-document-error' ? 'error' : 'info',
      ...(m.subType ? { subType: m.subType } : {}),
      line: m.lastLine ?? m.firstLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
      extract: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "path:line:column message [extract]" for a failure report. */
export function describeProblem(p: HtmlProblem): string {
  return `${p.page}:${p.line}:${p.column} ${p.message}${p.extract ? `  [${p.extract.slice(0, 160)}]` : ''}`;
}
