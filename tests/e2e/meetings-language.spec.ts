import type { APIRequestContext, Page } from '@playwright/test';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/**
 * The meetings screens in Swedish and English as a coordinator sees them: the glossary's terms,
 * statuses and buttons that fit at 1024 px, destructive steps asked first with the focus back where
 * it was, and axe on each screen. Writes go to meetings this file creates; the demo's stay as they are.
 */

async function api<M extends MethodName>(request: APIRequestContext, host: BrowserHost, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: ResultOf<M>; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.result;
}

async function useLanguage(request: APIRequestContext, host: BrowserHost, language: 'sv' | 'en') {
  const response = await request.post(`${host.origin}/api/settings.update`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { uiLanguage: language },
  });
  expect(response.ok()).toBe(true);
}

/** The element's right edge is inside the window: reachable without scrolling sideways. */
async function expectInsideWindow(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** A label is shown whole: the element's text is not cut off by its own box. */
async function expectNotCutOff(locator: ReturnType<Page['locator']>) {
  const cut = await locator.evaluate((element) => [element, ...element.querySelectorAll('*')].some((node) => node.scrollWidth > node.clientWidth + 1));
  expect(cut).toBe(false);
}

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});
test.afterEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('Swedish: the meeting page uses the glossary’s terms, and long statuses fit at 1024 px', async ({ page, request, host }) => {
  await useLanguage(request, host, 'sv');
  await page.setViewportSize({ width: 1024, height: 900 });
  await openApp(page, host, '#/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  // "Minnesanteckningarna godkända" wraps in its column instead of being cut off.
  const approved = page.getByRole('table', { name: 'Möten, det senaste först' }).getByText('Minnesanteckningarna godkända').first();
  await expectInsideWindow(page, approved);
  await expectNotCutOff(approved);
  expect(await seriousAxeViolations(page)).toEqual([]);

  const next = await api(request, host, 'meetings.next', { lang: 'sv' });
  await openApp(page, host, `#/meetings/${next!.id}`);
  for (const tab of ['Föredragningslista', 'Kallade', 'Närvaro', 'Beslut', 'Uppgifter', 'Dokument']) {
    await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible();
  }
  // The details are not "Uppgifter" as well: that word is the action items' tab.
  await expect(page.getByRole('heading', { name: 'Information om mötet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redigera informationen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Föredragningslista' })).toBeVisible();
  // The primary step comes last, on the right of the status actions.
  const statusButtons = page.getByRole('group', { name: 'Mötets status' }).getByRole('button');
  await expect(statusButtons.last()).toHaveText('Markera kallelsen som skickad');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Närvaro', exact: true }).click();
  await waitUntilLoaded(page);
  await expect(page.getByRole('table', { name: 'Närvaro per organisation' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Beslut', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Anteckna beslut under punkt/ }).first()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Uppgifter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Öppna uppgifter från tidigare möten' })).toBeVisible();
  // At 1024 px the carried items' buttons are on screen, not behind a sideways scroll.
  await expectInsideWindow(page, page.getByRole('table', { name: 'Öppna uppgifter från tidigare möten' }).getByRole('button', { name: /^Stäng uppgiften:/ }).first());
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('Swedish: removing an agenda item asks first; Escape keeps it and the focus returns', async ({ page, request, host }) => {
  await useLanguage(request, host, 'sv');
  const created = await api(request, host, 'meetings.create', {
    kind: 'network_meeting',
    title: { fi: 'Poistokokous', sv: 'Borttagningsmöte' },
    startsAt: '2027-02-10T09:00',
    endsAt: '2027-02-10T11:00',
  });
  await api(request, host, 'agendaItems.create', { meetingId: created.id, title: { sv: 'Tolktjänster' }, durationMinutes: 15 });
  await openApp(page, host, `#/meetings/${created.id}`);
  const item = page.getByRole('list', { name: 'Föredragningslistans ärenden i ordning' }).getByRole('heading', { level: 3, name: /Tolktjänster/ });
  await expect(item).toBeVisible();

  const more = page.getByRole('button', { name: /^Fler åtgärder: .*Tolktjänster/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Ta bort ärendet' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort ärendet från föredragningslistan' });
  await expect(confirm).toContainText('markera det som obehandlat');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(item).toBeVisible();

  await more.click();
  await page.getByRole('menuitem', { name: 'Ta bort ärendet' }).click();
  await confirm.getByRole('button', { name: 'Ta bort ärendet' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(item).toHaveCount(0);
  await expect(page.getByText(/har tagits bort från föredragningslistan/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lägg till ärende', exact: true })).toBeFocused();

  // A form closed with Escape gives the focus back to its opener.
  const edit = page.getByRole('button', { name: 'Redigera informationen' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Redigera information om mötet' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();
});

test('English: returning a held meeting asks first, says it goes back to invited, and takes back the approval', async ({ page, request, host }) => {
  await useLanguage(request, host, 'en');
  let meeting = await api(request, host, 'meetings.create', {
    kind: 'network_meeting',
    title: { en: 'Spring network meeting' },
    startsAt: '2026-11-02T09:00',
    endsAt: '2026-11-02T11:00',
  });
  meeting = await api(request, host, 'meetings.markInvited', { meetingId: meeting.id, expectedVersion: meeting.rowVersion });
  meeting = await api(request, host, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });
  meeting = await api(request, host, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'record_approved', recordApprovedOn: '2026-11-20' });
  await openApp(page, host, `#/meetings/${meeting.id}`);
  await expect(page.getByText('Memo approved', { exact: true })).toBeVisible();
  for (const tab of ['Agenda', 'Invitees', 'Attendance', 'Decisions', 'Action items', 'Documents']) {
    await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Return to invited' }).click();
  const confirm = page.getByRole('dialog', { name: 'Return to invited' });
  await expect(confirm).toContainText(`Meeting ${meeting.number} will be marked as not yet held.`);
  await expect(confirm).toContainText('The memo’s approval is removed');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Return to invited' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText('The meeting was returned to invited.')).toBeVisible();
  await expect(page.getByText('Invited', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Meeting status' }).getByRole('button').last()).toHaveText('Mark held');
});

test('English: the action-item overview says Overdue in words, and its buttons fit at 1024 px', async ({ page, request, host }) => {
  await useLanguage(request, host, 'en');
  await page.setViewportSize({ width: 1024, height: 900 });
  await openApp(page, host, '#/action-items');
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Overdue' });
  await waitUntilLoaded(page);
  const table = page.getByRole('table', { name: 'Action items by meeting' });
  const overdue = table.getByRole('row').filter({ hasText: 'Overdue' });
  await expect(overdue.first()).toBeVisible();
  await expectInsideWindow(page, overdue.first().getByRole('button', { name: /^Edit the action item:/ }));
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The action plan: texts in another language are marked, and the row buttons are on screen.
  await openApp(page, host, '#/action-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
  const firstTable = page.getByRole('table').first();
  await expectInsideWindow(page, firstTable.getByRole('button', { name: /^Edit the action:/ }).first());
  await expect(firstTable.getByRole('row').nth(1).getByText('(in Finnish)').nth(1)).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('English and Swedish: the attendance marks an optional invitee with the invitees’ own word', async ({ page, request, host }) => {
  await useLanguage(request, host, 'en');
  const meeting = await api(request, host, 'meetings.create', {
    kind: 'workshop',
    title: { en: 'Interpreting workshop' },
    startsAt: '2026-11-23T13:00',
    endsAt: '2026-11-23T15:00',
  });
  const [first, second] = meeting.invitees;
  await api(request, host, 'meetings.setInvitees', {
    meetingId: meeting.id,
    expectedVersion: meeting.rowVersion,
    invitees: [
      { representativeId: first!.representativeId, role: 'chair' },
      { representativeId: second!.representativeId, role: 'optional' },
    ],
  });
  await openApp(page, host, `#/meetings/${meeting.id}`);
  await page.getByRole('tab', { name: 'Invitees', exact: true }).click();
  await expect(page.getByRole('combobox', { name: `Role: ${second!.name}` })).toHaveValue('optional');
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${second!.name}\\s*optional`) })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await useLanguage(request, host, 'sv');
  await openApp(page, host, `#/meetings/${meeting.id}`);
  await page.getByRole('tab', { name: 'Närvaro', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${second!.name}\\s*valfri`) })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${first!.name}\\s*ordförande`) })).toBeVisible();
});
