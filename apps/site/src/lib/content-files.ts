import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content build's output as the site reads it: a small index per document type (every field
 * but the compiled body), written by the content build, and each document's compiled MDX read
 * from its own file only when its page is rendered. Nothing here is bundled into the server
 * code, so a route that lists or links content never loads the bodies of 2,000 answers.
 *
 * Paths are relative to the site folder, which is the working directory of the content build,
 * `next build` and `server.mjs` alike.
 */

/** The content build's document types. */
export const DOCUMENT_TYPES = ['Question', 'Term', 'CalculatorGuide'] as const;
export type DocumentTypeName = (typeof DOCUMENT_TYPES)[number];

export interface RawDocument {
  type: string;
  _raw: { sourceFilePath: string };
  body?: { code: string };
}

/** A document without its compiled body. */
export type Indexed<T> = Omit<T, 'body'>;

const GENERATED = '.contentlayer/generated';
const INDEX = '.contentlayer/index';

const siteFile = (...parts: string[]) => join(/*turbopackIgnore: true*/ process.cwd(), ...parts);

/** Writes the index files from the content build's documents (contentlayer's onSuccess). */
export function writeContentIndex(documents: readonly RawDocument[]): void {
  const byType = new Map<string, unknown[]>();
  for (const { body: _body, ...indexed } of documents) {
    const list = byType.get(indexed.type) ?? [];
    list.push(indexed);
    byType.set(indexed.type, list);
  }
  mkdirSync(siteFile(INDEX), { recursive: true });
  for (const type of DOCUMENT_TYPES) {
    const file = siteFile(INDEX, `${type}.json`);
    // Written aside and renamed, so a reader never sees half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(byType.get(type) ?? []));
    renameSync(`${file}.tmp`, file);
  }
}

/** Every document of a type, without bodies. */
export function readContentIndex<T>(type: DocumentTypeName): Indexed<T>[] {
  const file = siteFile(INDEX, `${type}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Indexed<T>[];
  } catch (error) {
    throw new Error(
      `The content index ${INDEX}/${type}.json is missing or unreadable: run "npm run content -w @vixshield/site" (${error instanceof Error ? error.message : error})`,
    );
  }
}

/**
 * The compiled MDX of one document, from the file contentlayer writes for it
 * (<type>/<source path with "/" as "__">.json).
 */
export function readCompiledBody(doc: { type: string; _raw: { sourceFilePath: string } }): string {
  const name = `${doc._raw.sourceFilePath.replace(/\//g, '__')}.json`;
  const full = JSON.parse(readFileSync(siteFile(GENERATED, doc.type, name), 'utf8')) as RawDocument;
  if (!full.body) throw new Error(`${doc._raw.sourceFilePath} has no compiled body`);
  return full.body.code;
}
