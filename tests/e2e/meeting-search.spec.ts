import type { APIRequestContext, Page } from '@playwright/test';
import type { MatrixSummary, MatrixView, MeetingSearchHit } from '../../src-main/api/contract/index';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/**
 * Search of meetings on the meetings page (labelled field, hits under their meeting with label,
 * kind and snippet, each a link to the meeting; "nothing found" said in words), the status filter's
 * wording, and a matrix version approved by a meeting linking to that meeting.
 */
test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

async function api<T>(request: APIRequestContext, host: BrowserHost, method: string, data: object): Promise<T> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data,
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: T }).result;
}

async function search(page: Page, query: string) {
  const field = page.getByRole('searchbox', { name: 'Hakusana' });
  await field.fill(query);
  // Keyboard: Enter in the field searches.
  await field.press('Enter');
}

test('search the meetings by keyboard and open a hit', async ({ page, request, host }) => {
  const QUERY = 'varautumissuunnitelma';
  const expected = await api<MeetingSearchHit[]>(request, host, 'search.meetings', { query: QUERY, lang: 'fi' });
  // The demo carries the preparedness plan over meetings: hits in more than one meeting.
  const meetingIds = [...new Set(expected.map((hit) => hit.meetingId))];
  expect(meetingIds.length).toBeGreaterThan(1);

  await openApp(page, host, '#/meetings');
  await search(page, QUERY);
  const results = page.getByRole('region', { name: 'Hakutulokset' });
  await expect(results).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${expected.length} osumaa ${meetingIds.length} kokouksessa` })).toBeVisible();
  // One heading per meeting, newest first; every hit is a link to its meeting with its label and kind.
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(meetingIds.length);
  const links = results.getByRole('link');
  await expect(links).toHaveCount(expected.length);
  const first = expected[0]!;
  await expect(links.first()).toHaveText(first.label);
  await expect(links.first()).toHaveAttribute('href', `#/meetings/${first.meetingId}`);
  const agendaHit = expected.find((hit) => hit.kind === 'agenda_item')!;
  expect(agendaHit.label).toMatch(/^\d+\/\d{4} · \d+ §$/);
  await expect(results.getByRole('link', { name: `Avaa kokous ${agendaHit.label}: Esityslistan asia` }).first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/varautumissuunnitelma/i);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Tab reaches the first hit; Enter opens its meeting.
  await page.getByRole('searchbox', { name: 'Hakusana' }).focus();
  await page.keyboard.press('Tab'); // search button
  await page.keyboard.press('Tab'); // clear
  await page.keyboard.press('Tab'); // first hit
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/meetings/${first.meetingId}$`));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(first.label.split(' · ')[0]!) })).toBeVisible();
});

test('a search that finds nothing says so in words', async ({ page, host }) => {
  await openApp(page, host, '#/meetings');
  await search(page, 'zyxwvu');
  await expect(page.getByRole('status').filter({ hasText: 'Haulla ”zyxwvu” ei löytynyt kokouksia, asioita, päätöksiä eikä tehtäviä.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hakutulokset' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tyhjennä haku' }).click();
  await expect(page.getByRole('searchbox', { name: 'Hakusana' })).toHaveValue('');
  await expect(page.getByText(/ei löytynyt kokouksia/)).toHaveCount(0);
});

test('the status filter names both kinds of record', async ({ page, host }) => {
  await openApp(page, host, '#/meetings');
  const filter = page.getByLabel('Tila', { exact: true });
  await expect(filter.getByRole('option', { name: 'Muistio/pöytäkirja hyväksytty' })).toBeAttached();
  await expect(filter.getByRole('option', { name: 'Muistio hyväksytty' })).toHaveCount(0);
});

test('a matrix version approved by a meeting links to that meeting', async ({ page, request, host }) => {
  const matrices = await api<MatrixSummary[]>(request, host, 'matrices.list', { lang: 'fi' });
  let found: { matrixId: string; versionId: string; place: NonNullable<MatrixView['version']['decidedAt']> } | null = null;
  for (const matrix of matrices) {
    const view = await api<MatrixView>(request, host, 'matrices.get', { matrixId: matrix.id, lang: 'fi' });
    const version = view.versions.find((candidate) => candidate.decidedAt);
    if (version?.decidedAt) found = { matrixId: matrix.id, versionId: version.id, place: version.decidedAt };
  }
  if (!found) throw new Error('the demo network has no matrix version approved by a meeting');
  const text = `Päätetty kokouksessa ${found.place.meetingNumber}, ${found.place.sectionLabel}`;

  await openApp(page, host, `#/matrices/${found.matrixId}/${found.versionId}`);
  await waitUntilLoaded(page);
  // In the version's header…
  const link = page.getByRole('link', { name: text });
  await expect(link.first()).toHaveAttribute('href', `#/meetings/${found.place.meetingId}`);
  // …and in the list of versions.
  await page.getByRole('tab', { name: 'Versiot' }).click();
  await expect(page.getByRole('table', { name: 'Matriisin versiot' }).getByRole('link', { name: text })).toBeVisible();
  await page.getByRole('table', { name: 'Matriisin versiot' }).getByRole('link', { name: text }).click();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${found.place.meetingId}$`));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(found.place.meetingNumber) })).toBeVisible();
});
