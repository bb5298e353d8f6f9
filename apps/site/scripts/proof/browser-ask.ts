/**
 * A reader asks from an article in a real browser (Debian's Chromium), and the question is then
 * found in the database with its article: the whole path, form to disk.
 */

import { chromium } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client';
import { questions } from '../../src/db/schema';
import { freshDataDir, startServer } from './server-process';

const dataDir = freshDataDir('ask');
const server = await startServer({ dataDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const text = `Browser proof ${Date.now()}: does the second layer need its own VIX hedge?`;
let id: string | undefined;
let confirmation = '';
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/ask/how-to-layer-iron-condors`);
  const box = page.getByTestId('question-box');
  await box.getByLabel('Your question').fill(text);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/questions')),
    box.getByRole('button', { name: 'Send question' }).click(),
  ]);
  id = ((await response.json()) as { id?: string }).id;
  confirmation = (await box.getByRole('status').textContent()) ?? '';
} finally {
  await browser.close();
  await server.stop();
}

const handle = await openDatabase({ dataDir });
const rows = id ? await handle.db.select().from(questions).where(eq(questions.id, id)) : [];
await handle.close();
const row = rows[0];
const ok = Boolean(
  row &&
    row.question === text &&
    row.articleSlug === 'how-to-layer-iron-condors' &&
    /saved/.test(confirmation),
);
console.log(
  `browser-ask: asked from /ask/how-to-layer-iron-condors, confirmation "${confirmation.trim()}"`,
);
console.log(
  `browser-ask: stored row ${row ? `${row.id} (article ${row.articleSlug}, status ${row.status})` : 'missing'}`,
);
console.log(`browser-ask: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
