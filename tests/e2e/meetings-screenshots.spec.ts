import { join, resolve } from 'node:path';
import type { MeetingSummary } from '../../src-main/api/contract/index';
import { openApp, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/**
 * Refreshes the meeting screenshots in docs/screenshots from the demo network (a year of held
 * meetings and the next one planned). Run with KOTOVERKKO_SCREENSHOTS=1.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.skip(!process.env.KOTOVERKKO_SCREENSHOTS, 'set KOTOVERKKO_SCREENSHOTS=1 to refresh docs/screenshots');

test('meeting screenshots', async ({ page, request, host }) => {
  await useFinnish(request, host);
  const response = await request.post(`${host.origin}/api/meetings.next`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { lang: 'fi' },
  });
  const next = ((await response.json()) as { result: MeetingSummary | null }).result;
  if (!next) throw new Error('the demo network has no next meeting');

  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, host, '#/meetings');
  await expect(page.getByRole('table', { name: 'Kokoukset, uusin ensin' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-list.png'), fullPage: true });

  // The calendar, at the next meeting's month.
  await page.getByText('Kalenteri', { exact: true }).click();
  const wanted = new Intl.DateTimeFormat('fi-FI', { month: 'long', year: 'numeric' }).format(new Date(next.year, Number(next.date.slice(5, 7)) - 1, 1));
  const month = page.getByRole('heading', { level: 2, name: /\d{4}/ });
  for (let step = 0; step < 24 && (await month.innerText()).toLowerCase() !== wanted.toLowerCase(); step += 1) {
    await page.getByRole('button', { name: 'Seuraava kuukausi' }).click();
  }
  await waitUntilLoaded(page);
  await expect(page.getByRole('link', { name: new RegExp(next.number) })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-calendar.png'), fullPage: true });

  // The next meeting's agenda, then its invitation.
  await openApp(page, host, `#/meetings/${next.id}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(next.number) })).toBeVisible();
  await waitUntilLoaded(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-agenda.png'), fullPage: true });

  await page.getByRole('button', { name: next.status === 'planned' ? 'Merkitse kutsu lähetetyksi' : 'Näytä kutsu' }).click();
  const invitation = page.getByRole('dialog', { name: 'Kokouskutsu' });
  await expect(invitation.getByRole('textbox', { name: /Vastaanottajat Outlookiin/ })).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-invitation.png') });

  // Further views, for looking at (kept with the test's output, not in docs).
  const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lisää asia', exact: true }).click();
  await shot('agenda-item-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await shot('meeting-form');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Kutsutut' }).click();
  await waitUntilLoaded(page);
  await shot('invitees');
  await page.getByRole('tab', { name: 'Asiakirjat' }).click();
  await shot('documents');
  await openApp(page, host, '#/');
  await shot('home');
});
