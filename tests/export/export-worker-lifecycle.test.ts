import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportJob } from '../../src-main/export/export-job.js';
import { runExportWorker } from '../../src-main/export/run-export-worker.js';
import { makeDocumentModel } from './process-document-fixture.js';

/** Each export has its own thread, and the thread is gone when the export answers, whatever the answer. */

/** Threads and their message ports alive in this process now. */
function threadResources(): number {
  return process.getActiveResourcesInfo().filter((name) => /Worker|MessagePort/.test(name)).length;
}

describe('the export worker’s life', () => {
  it('is over when a document has been built', async () => {
    const before = threadResources();
    const bytes = await runExportWorker({ kind: 'processDocument', model: makeDocumentModel() });
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(threadResources()).toBe(before);
  });

  it('an exception inside the worker is export_failed, and the worker is gone when it is reported', async () => {
    const before = threadResources();
    const broken = makeDocumentModel();
    (broken.processes[0] as { detail: unknown }).detail = null;
    for (const job of [{ kind: 'nothing-we-know' }, { kind: 'processDocument', model: broken }, { kind: 'reviewForm', form: {}, format: 'xlsx' }] as unknown as ExportJob[]) {
      await expect(runExportWorker(job), JSON.stringify(job).slice(0, 60)).rejects.toMatchObject({ code: 'export_failed', params: { detail: expect.any(String) } });
      expect(threadResources()).toBe(before);
    }
  });

  it('leaves no file of its own anywhere it runs', async () => {
    const before = readdirSync(process.cwd());
    await expect(runExportWorker({ kind: 'matrixWorkbook', input: {} } as unknown as ExportJob)).rejects.toMatchObject({ code: 'export_failed' });
    expect(readdirSync(process.cwd())).toEqual(before);
  });
});
