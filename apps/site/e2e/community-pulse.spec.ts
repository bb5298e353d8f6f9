import type { APIRequestContext } from '@playwright/test';
import { type AdminServer, signIn, startAdminServer } from './admin-server';
import { expect, test } from './fixtures';

/**
 * The Community Pulse on its own server with a fresh database: first it says honestly that there
 * is no reader activity yet; once readers ask and an editor answers, it reports exactly that.
 */
test.describe.configure({ mode: 'serial' });

const ARTICLE = 'how-to-layer-iron-condors';
const SAME_CATEGORY = 'iron-condor-wing-width';
const ANSWERED = 'Pulse spec: should the second layer use narrower wings than the first?';

let server: AdminServer;

test.beforeAll(async () => {
  server = await startAdminServer();
});

test.afterAll(async () => {
  await server?.close();
});

async function ask(request: APIRequestContext, question: string, articleSlug: string) {
  const response = await request.post(`${server.url}/api/questions`, {
    data: { question, articleSlug },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('the page is static: its HTML carries the section, the figures come after load', async ({
  request,
}) => {
  const html = await (await request.get(`${server.url}/ask/${ARTICLE}`)).text();
  expect(html).toContain('Community Pulse');
  expect(html).toContain('Loading reader activity');
});

test('on a fresh database it says there is not enough reader activity yet', async ({ page }) => {
  const pulseRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/pulse') pulseRequests.push(r.url());
  });
  await page.goto(`${server.url}/ask/${ARTICLE}`);
  const pulse = page.getByTestId('community-pulse');
  // Below the fold: not asked for while the reader is at the top of the answer.
  await expect(page.getByTestId('view-count')).toBeVisible();
  expect(pulseRequests).toEqual([]);
  await expect(pulse).toHaveAttribute('data-state', 'loading');
  await pulse.scrollIntoViewIfNeeded();
  await expect(pulse.getByRole('heading', { name: 'Community Pulse' })).toBeVisible();
  const thin = pulse.getByTestId('pulse-thin');
  await expect(thin).toContainText('Not enough reader activity yet');
  await expect(thin).toContainText('no reader questions on Iron Condors in the last 90 days');
  await expect(pulse).toHaveAttribute('data-state', 'ready');
  await pulse.getByRole('link', { name: 'Ask a question' }).click();
  await expect(page).toHaveURL(/#ask-a-question$/);
  await expect(page.getByTestId('question-box')).toBeInViewport();
});

test('GET /api/pulse refuses a missing or unknown article with a reason', async ({ request }) => {
  const missing = await request.get(`${server.url}/api/pulse`);
  expect(missing.status()).toBe(400);
  expect(await missing.json()).toMatchObject({ error: 'missing-article' });
  const unknown = await request.get(`${server.url}/api/pulse?article=no-such-answer`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: 'unknown-article' });
  const fresh = await request.get(`${server.url}/api/pulse?article=${ARTICLE}`);
  expect(fresh.status()).toBe(200);
  expect(fresh.headers()['x-content-type-options']).toBe('nosniff');
  const body = (await fresh.json()) as { views: { weeks: unknown[] }; thin: boolean };
  expect(body.views.weeks).toHaveLength(13);
  expect(body.thin).toBe(true);
});

test('reader questions and an editor’s answer show in the pulse as counted', async ({
  page,
  request,
}) => {
  const answeredId = await ask(request, ANSWERED, ARTICLE);
  await ask(request, 'Pulse spec: how many days before expiry do you roll a layer?', ARTICLE);
  await ask(request, 'Pulse spec: is a 25-point wing too narrow for SPX?', SAME_CATEGORY);
  await signIn(page, server.url);
  const answered = await page.request.post(`${server.url}/api/admin/questions/${answeredId}`, {
    data: { action: 'answer', articleSlug: ARTICLE },
  });
  expect(answered.status()).toBe(200);

  await page.goto(`${server.url}/ask/${ARTICLE}`);
  const pulse = page.getByTestId('community-pulse');
  await pulse.scrollIntoViewIfNeeded();
  await expect(pulse.getByTestId('pulse-questions-article')).toHaveText('2');
  await expect(pulse.getByTestId('pulse-questions-category')).toHaveText('3');
  await expect(pulse.getByTestId('pulse-thin')).toHaveCount(0);
  const latest = pulse.getByTestId('pulse-answered').getByRole('listitem');
  await expect(latest).toHaveCount(1);
  await expect(latest).toContainText(ANSWERED);
  await expect(latest).toContainText('answered here');
  // One or two views so far (this visit's beacon may land before or after the pulse is read).
  await expect(pulse.getByTestId('pulse-trend')).toContainText('too few so far to chart');
  await expect(pulse.getByTestId('pulse-bars')).toHaveCount(0);

  // Another answer of the category lists the same answered question, linked to its answer.
  await page.goto(`${server.url}/ask/${SAME_CATEGORY}`);
  const other = page.getByTestId('community-pulse');
  await other.scrollIntoViewIfNeeded();
  await expect(other.getByTestId('pulse-questions-article')).toHaveText('1');
  await expect(other.getByTestId('pulse-questions-category')).toHaveText('3');
  await other.getByTestId('pulse-answered').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/ask/${ARTICLE}$`));
});
