import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { displayDate } from '../../../src-main/export/display-date.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';
import { all, readDocx, tableRows, textOf } from '../read-docx.js';

/** The annual report of the demo network: its matrix approvals and acceptances as the matrices show them, and ESIMERKKI. */

const NOW = '2026-11-23T10:00:00.000Z';
let session: AppSession;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true, now: NOW });
  ({ session } = await createTestSession({ dir, open: file, now: NOW }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('the demo network’s annual report', () => {
  it('lists the matrix versions approved and the acceptances recorded in the year', async () => {
    const matrix = (await callOk(session, 'matrices.list', {})).find((candidate) => candidate.approvedVersion?.approvedAt)!;
    expect(matrix).toBeDefined();
    const approvedOn = matrix.approvedVersion!.approvedAt!.slice(0, 10);
    const year = Number(approvedOn.slice(0, 4));
    const view = await callOk(session, 'matrices.get', { matrixId: matrix.id, versionId: matrix.approvedVersion!.id });

    const result = (await callOk(session, 'exports.annualReport', { year, lang: 'fi' }))!;
    const doc = await readDocx(readFileSync(result.path));
    expect(textOf(doc.headers[0]!.documentElement!)).toContain('ESIMERKKI');
    const rowsOf = (third: string) => {
      const table = all(doc.document, 'tbl').find((candidate) => {
        const header = tableRows(candidate)[0] ?? [];
        return header[0] === 'Vastuumatriisi' && header[2] === third;
      });
      return table ? tableRows(table).slice(1) : [];
    };
    expect(rowsOf('Hyväksytty')).toContainEqual([matrix.name, String(matrix.approvedVersion!.number), displayDate(approvedOn, 'fi'), expect.any(String)]);
    const accepted = view.acceptances.filter((acceptance) => acceptance.acceptedOn.startsWith(`${year}-`));
    // the demo's approved version has its members' acceptances: the comparison is not of two empty lists
    expect(accepted.length).toBeGreaterThan(0);
    expect(rowsOf('Organisaatio').filter((row) => row[0] === matrix.name && row[1] === String(matrix.approvedVersion!.number)).map((row) => row[2]).sort()).toEqual(
      accepted.map((acceptance) => acceptance.actorName).sort(),
    );
  });
});
