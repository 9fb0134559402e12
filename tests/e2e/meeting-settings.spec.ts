import type { MeetingSettings } from '../../src-main/api/contract/index';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';
import type { APIRequestContext } from '@playwright/test';

/**
 * The network's meeting settings in Settings: § numbering and the default record, each choice
 * explained; saved to the network file and read back after a reload.
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

test('choose running § numbers and minutes, saved in the network file', async ({ page, request, host }) => {
  const before = await api<MeetingSettings>(request, host, 'meetingSettings.get', {});
  // The demo network is not a decision-making body: § per meeting and a memo.
  expect(before).toEqual({ sectionNumbering: 'per_meeting', recordKind: 'memo' });
  try {
    await openApp(page, host, '#/settings');
    const section = page.getByRole('region', { name: 'Kokoukset' });
    await expect(section).toBeVisible();
    await waitUntilLoaded(page);
    await expect(section.getByRole('radio', { name: 'Jokainen kokous alkaa 1 §:stä' })).toBeChecked();
    await expect(section.getByRole('radio', { name: 'Muistio' })).toBeChecked();
    // Each choice says what it means.
    await expect(section.getByText(/verkosto ei ole muodollinen päättävä toimielin/)).toBeVisible();
    await expect(section.getByText(/vuoden toinen kokous jatkaa siitä, mihin edellinen jäi/)).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await section.getByRole('radio', { name: 'Numerot juoksevat läpi vuoden' }).check();
    await section.getByRole('radio', { name: 'Pöytäkirja' }).check();
    await section.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Kokousten asetukset tallennettu.')).toBeVisible();
    expect(await api<MeetingSettings>(request, host, 'meetingSettings.get', {})).toEqual({ sectionNumbering: 'running_year', recordKind: 'minutes' });

    await page.reload();
    await waitUntilLoaded(page);
    await expect(section.getByRole('radio', { name: 'Numerot juoksevat läpi vuoden' })).toBeChecked();
    await expect(section.getByRole('radio', { name: 'Pöytäkirja' })).toBeChecked();

    // The same section in Swedish.
    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
    const swedish = page.getByRole('region', { name: 'Möten' });
    await expect(swedish.getByRole('radio', { name: 'Numreringen löper genom året' })).toBeChecked();
    await expect(swedish.getByRole('radio', { name: 'Protokoll' })).toBeChecked();
  } finally {
    // The specs share the host's file: leave the settings as they were.
    await api(request, host, 'meetingSettings.update', before);
  }
});
