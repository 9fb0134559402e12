import { join, resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { ActorDetail, ActorSummary, WorkingGroupView } from '../../src-main/api/contract/index';
import { openApp, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/**
 * Refreshes docs/screenshots/working-groups.png: two working groups with members made through the
 * API on the demo network. Run with KOTOVERKKO_SCREENSHOTS=1.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.skip(!process.env.KOTOVERKKO_SCREENSHOTS, 'set KOTOVERKKO_SCREENSHOTS=1 to refresh docs/screenshots');

async function api<T>(request: APIRequestContext, host: BrowserHost, method: string, data: object): Promise<T> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: T }).result;
}

test('working groups screenshot', async ({ page, request, host }) => {
  await useFinnish(request, host);
  const actors = (await api<ActorSummary[]>(request, host, 'actors.list', { lang: 'fi' })).filter((actor) => !actor.archived && actor.representativeCount > 0);
  const details = await Promise.all(actors.slice(0, 6).map((actor) => api<ActorDetail>(request, host, 'actors.get', { id: actor.id })));
  const people = details.flatMap((detail) => detail.representatives.filter((representative) => !representative.archived).slice(0, 1).map((representative) => representative.id));

  const preparedness = await api<WorkingGroupView>(request, host, 'workingGroups.create', {
    name: { fi: 'Varautumisen työryhmä', sv: 'Arbetsgruppen för beredskap' },
    description: { fi: 'Valmistelee laajamittaisen maahantulon varautumissuunnitelman ja raportoi verkoston kokoukselle.' },
  });
  await api(request, host, 'workingGroups.setMembers', {
    id: preparedness.id,
    expectedVersion: preparedness.rowVersion,
    members: [
      { representativeId: people[0], role: 'chair' },
      { representativeId: people[1], role: 'secretary' },
      { representativeId: people[2], role: 'member' },
      { representativeId: people[3], role: 'member', validFrom: '2026-03-01' },
    ],
  });
  const steering = await api<WorkingGroupView>(request, host, 'workingGroups.create', {
    name: { fi: 'Ohjausryhmä' },
    description: { fi: 'Päättää verkoston toimintasuunnitelman painopisteistä.' },
    recordKindDefault: 'minutes',
  });
  await api(request, host, 'workingGroups.setMembers', {
    id: steering.id,
    expectedVersion: steering.rowVersion,
    members: [
      { representativeId: people[4], role: 'chair' },
      { representativeId: people[0], role: 'member', validTo: '2026-12-31' },
    ],
  });

  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, host, '#/working-groups');
  await waitUntilLoaded(page);
  await expect(page.getByRole('region', { name: 'Ohjausryhmä' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'working-groups.png'), fullPage: true });

  // The modals, for looking at (kept with the test's output, not in docs).
  await page.getByRole('button', { name: 'Muokkaa jäseniä: Varautumisen työryhmä' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: test.info().outputPath('members-modal.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Muokkaa työryhmää: Ohjausryhmä' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: test.info().outputPath('group-form.png') });
  await page.keyboard.press('Escape');
  await openApp(page, host, '#/settings');
  await page.getByRole('region', { name: 'Kokoukset' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true });
  await openApp(page, host, '#/meetings');
  await page.getByRole('button', { name: 'Vuosiraportti (Word)' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: test.info().outputPath('annual-report.png') });
});
