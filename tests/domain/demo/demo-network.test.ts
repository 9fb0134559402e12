import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorDetail, ActorSummary } from '../../../src-main/api/contract/actors.js';
import { isValidBusinessId } from '../../../src-main/domain/actors/business-id.js';
import { DEMO_AUTHOR } from '../../../src-main/domain/demo/demo-network.js';
import { isWithinPeriod } from '../../../src-main/domain/shared/calendar.js';
import { containsPersonalIdentityCode } from '../../../src-main/domain/shared/personal-identity-code.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { KANTA_HAME_MUNICIPALITIES } from '../../support/kanta-hame.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, TEST_INSTANT } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';

/**
 * The demo network (Kanta-Häme) holds the facts it promises: see /work/shared/DEMO-FACTS.md and
 * the glossary. Read through the contract, as the app shows them, on 16 March 2026.
 */

const TODAY = TEST_INSTANT.slice(0, 10);

let session: AppSession;
let actors: ActorSummary[];
let details: Map<string, ActorDetail>;

function byName(name: string): ActorDetail {
  const found = [...details.values()].find((detail) => detail.name.fi === name);
  if (!found) throw new Error(`the demo has no actor named ${name}`);
  return found;
}

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  actors = await callOk(session, 'actors.list', { includeArchived: true });
  details = new Map();
  for (const actor of actors) details.set(actor.id, await callOk(session, 'actors.get', { id: actor.id }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('the demo network', () => {
  it('says it is a demo, in its flag and in its name in every language', async () => {
    const info = await callOk(session, 'network.get', {});
    expect(info.isDemo).toBe(true);
    expect(info.region).toBe('Kanta-Häme');
    expect(info.name.fi).toMatch(/\(esimerkki\)/);
    expect(info.name.sv).toMatch(/\(exempel\)/);
    expect(info.name.en).toMatch(/\((demo|example)\)/);
    expect((await callOk(session, 'files.current', {}))?.isDemo).toBe(true);
  });

  it('has Hämeen ELY-keskus succeeded on 1 January 2026 by Sisä-Suomen elinvoimakeskus', async () => {
    const ely = byName('Hämeen ELY-keskus');
    expect(ely.type).toBe('ely_centre');
    expect(ely.validTo).toBe('2025-12-31');
    const link = ely.successors.find((successor) => successor.actorName === 'Sisä-Suomen elinvoimakeskus');
    expect(link?.effectiveDate).toBe('2026-01-01');
    const centre = byName('Sisä-Suomen elinvoimakeskus');
    expect(centre.validFrom).toBe('2026-01-01');
    expect(centre.predecessors.map((predecessor) => predecessor.actorId)).toContain(ely.id);
    expect(actors.find((actor) => actor.id === ely.id)?.succeededBy).toContain('Sisä-Suomen elinvoimakeskus');
  });

  it('has Hämeen TE-toimisto succeeded on 1 January 2025 by Etelä-Hämeen työllisyysalue and other employment areas', () => {
    const office = byName('Hämeen TE-toimisto');
    expect(office.type).toBe('employment_authority');
    expect(office.validTo).toBe('2024-12-31');
    expect(office.successors.length).toBeGreaterThanOrEqual(2);
    for (const link of office.successors) {
      expect(link.effectiveDate).toBe('2025-01-01');
      expect(details.get(link.actorId)?.type).toBe('employment_authority');
    }
    expect(office.successors.map((link) => link.actorName)).toContain('Etelä-Hämeen työllisyysalue');
    // the glossary: Etelä-Hämeen työllisyysalue is Riihimäki, Janakkala, Loppi and Hausjärvi
    const south = byName('Etelä-Hämeen työllisyysalue');
    for (const town of ['Riihimäki', 'Janakkala', 'Loppi', 'Hausjärvi']) expect(south.notes).toContain(town);
  });

  it('ends every predecessor the day before its succession and starts every successor on that day at the latest', () => {
    for (const detail of details.values()) {
      for (const link of detail.successors) {
        const successor = details.get(link.actorId)!;
        const dayBefore = new Date(Date.parse(`${link.effectiveDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        if (detail.validTo) expect(detail.validTo, `${detail.name.fi} → ${successor.name.fi}`).toBe(dayBefore);
        if (successor.validFrom) expect(successor.validFrom <= link.effectiveDate, successor.name.fi ?? '').toBe(true);
      }
    }
  });

  it('has all 11 municipalities of Kanta-Häme, as public authorities', () => {
    const municipalities = actors.filter((actor) => actor.type === 'municipality');
    expect(municipalities.map((actor) => actor.shortName).sort()).toEqual([...KANTA_HAME_MUNICIPALITIES].sort());
    expect(municipalities.every((actor) => actor.isPublicAuthority)).toBe(true);
  });

  it('has Kanta-Hämeen hyvinvointialue, Kela (with its real Y-tunnus) and the police', () => {
    expect(byName('Kanta-Hämeen hyvinvointialue')).toMatchObject({ type: 'wellbeing_county', isPublicAuthority: true });
    const kela = actors.filter((actor) => actor.type === 'kela');
    expect(kela).toHaveLength(1);
    expect(details.get(kela[0]!.id)?.businessId).toBe('0246246-0');
    const police = actors.filter((actor) => actor.type === 'police');
    expect(police.length).toBeGreaterThanOrEqual(1);
    expect(police.every((actor) => actor.isPublicAuthority)).toBe(true);
  });

  it('has a reception centre that is not a public authority', () => {
    const centres = actors.filter((actor) => actor.type === 'reception_centre');
    expect(centres.length).toBeGreaterThanOrEqual(1);
    expect(centres.every((actor) => !actor.isPublicAuthority)).toBe(true);
  });

  it('has NGOs, none of them a public authority', () => {
    const ngos = actors.filter((actor) => actor.type === 'ngo');
    expect(ngos.length).toBeGreaterThanOrEqual(2);
    expect(ngos.every((actor) => !actor.isPublicAuthority)).toBe(true);
  });

  /**
   * Kaakkois-Suomen elinvoimakeskus is in the demo only as Hämeen ELY-keskus's Päijät-Häme
   * successor; its own notes say it is not a member of the Kanta-Häme network.
   */
  const NOT_MEMBERS = ['Kaakkois-Suomen elinvoimakeskus', 'Lupa- ja valvontavirasto'];

  const inUse = () =>
    [...details.values()].filter((detail) => !detail.archived && isWithinPeriod(TODAY, detail.validFrom, detail.validTo) && !NOT_MEMBERS.includes(detail.name.fi ?? ''));

  it('gives every actor in use at least one active representative', () => {
    for (const outsider of NOT_MEMBERS) expect(byName(outsider).notes).toMatch(/ei Kanta-Hämeen verkoston jäsen/);
    const current = inUse();
    expect(current.length).toBeGreaterThan(20);
    const without = current.filter((detail) => !detail.representatives.some((person) => !person.archived)).map((detail) => detail.name.fi);
    expect(without).toEqual([]);
  });

  it('invents its people: every e-mail address is in the reserved .example domain', () => {
    const people = [...details.values()].flatMap((detail) => detail.representatives);
    expect(people.length).toBeGreaterThan(20);
    for (const person of people) expect(person.email, person.name).toMatch(/@[a-z0-9.-]+\.example$/);
  });

  it('holds no henkilötunnus and no invalid Y-tunnus anywhere', () => {
    for (const detail of details.values()) {
      const texts = [detail.notes, detail.name.fi, detail.name.sv, detail.name.en, ...detail.representatives.flatMap((person) => [person.name, person.title])];
      for (const text of texts) if (text) expect(containsPersonalIdentityCode(text), text).toBe(false);
      if (detail.businessId) expect(isValidBusinessId(detail.businessId), detail.businessId).toBe(true);
    }
  });

  it('records its own making in the change log under the demo’s author', async () => {
    const entries = await session.requireNetwork().db.selectFrom('change_log').select(['changed_by', 'changed_at']).execute();
    expect(entries.length).toBeGreaterThan(actors.length);
    expect(new Set(entries.map((entry) => entry.changed_by))).toEqual(new Set([DEMO_AUTHOR]));
    // the matrices' history is told with its own dates (version 1 in 2025), never in the future
    expect(entries.every((entry) => entry.changed_at <= TEST_INSTANT)).toBe(true);
    expect(entries.some((entry) => entry.changed_at === TEST_INSTANT)).toBe(true);
  });

  it('is the same every time it is made (same organisations, same invented people)', async () => {
    const { file, dir } = await createTempNetwork({ demo: true });
    const { session: second } = await createTestSession({ dir, open: file });
    try {
      const people = async (target: AppSession) => {
        const list = await callOk(target, 'actors.list', { includeArchived: true });
        const result: string[] = [];
        for (const actor of list) for (const person of (await callOk(target, 'actors.get', { id: actor.id })).representatives) result.push(`${actor.name}: ${person.name} <${person.email}>`);
        return result;
      };
      expect(await people(second)).toEqual(await people(session));
    } finally {
      await second.closeFile();
    }
  });
});

describe('opening the demo from the app', () => {
  it('files.openDemo creates the demo in the app’s own folder and opens it', async () => {
    const { session: fresh } = await createTestSession();
    try {
      const opened = await callOk(fresh, 'files.openDemo', {});
      expect(opened).toMatchObject({ isDemo: true, readOnly: false });
      expect(opened.path).toBe(fresh.options.fileHost.demoNetworkPath());
      expect((await callOk(fresh, 'actors.list', {})).length).toBe(actors.filter((actor) => !actor.archived).length);
    } finally {
      await fresh.closeFile();
    }
  });
});
