import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { openApp, seriousAxeViolations, useFinnish } from './app-page';
import { expect, test } from './support/host';

/**
 * The annual report from the meetings page: a year and a language chosen in a small dialog, the
 * Word file written and downloaded (the browser host) like the meeting's own documents.
 */
test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('write last year’s annual report in Swedish', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host, '#/meetings');
  const opener = page.getByRole('button', { name: 'Vuosiraportti (Word)' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Vuosiraportti' });
  await expect(dialog).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const lastYear = String(new Date().getFullYear() - 1);
  await expect(dialog.getByLabel('Vuosi')).toHaveValue(String(new Date().getFullYear()));
  await dialog.getByLabel('Vuosi').selectOption(lastYear);
  await dialog.getByLabel('Raportin kieli').selectOption('sv');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Laadi raportti' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^Årsrapport-${lastYear}-.*\\.docx$`));
  await expect(page.getByText(`Tiedosto ${download.suggestedFilename()} valmis.`)).toBeVisible();

  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const document = await zip.file('word/document.xml')!.async('string');
  expect(document).toContain(`ÅRSRAPPORT ${lastYear}`);

  // Closing gives the focus back to the button.
  await dialog.getByRole('button', { name: 'Sulje' }).last().click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
