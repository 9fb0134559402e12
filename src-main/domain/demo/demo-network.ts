import type { Queryable } from '../../db/network-store.js';
import { addSuccession, createActor } from '../actors/actor-commands.js';
import { createRepresentative } from '../actors/representative-commands.js';
import { insertNetworkInfo } from '../network/network-info.js';
import { calendarDateInHelsinki } from '../shared/calendar.js';
import type { WriteContext } from '../shared/contexts.js';
import { populateDemoMatrices } from './demo-matrices.js';
import { DemoMeetings } from './demo-meetings.js';
import { populateDemoProcesses } from './demo-processes.js';
import { DEMO_ACTORS, DEMO_SUCCESSIONS, demoPerson, KANTA_HAME_MUNICIPALITIES, resetDemoPeople } from './demo-actors.js';

export const DEMO_AUTHOR = 'Kotoverkko (esimerkkiaineisto)';

/** Fills an empty network with the Kanta-Häme demo network, through the same domain code users run. */
export async function populateDemoNetwork(db: Queryable, now: Date): Promise<void> {
  resetDemoPeople();
  const context: WriteContext = { db, today: calendarDateInHelsinki(now), locale: 'fi', author: { changedBy: DEMO_AUTHOR, now } };
  await insertNetworkInfo(
    db,
    context.author,
    {
      fi: 'Kanta-Hämeen kotoutumisen edistämisen verkosto (esimerkki)',
      sv: 'Nätverket för främjande av integration i Egentliga Tavastland (exempel)',
      en: 'Kanta-Häme integration network (demo)',
    },
    'Kanta-Häme',
    true,
  );

  const idsByKey = new Map<string, string>();
  for (const actor of DEMO_ACTORS) {
    const created = await createActor(context, {
      name: { fi: actor.fi, sv: actor.sv ?? null, en: actor.en ?? null },
      shortName: actor.short ? { fi: actor.short, sv: null, en: null } : null,
      type: actor.type,
      isPublicAuthority: actor.isPublicAuthority,
      businessId: actor.businessId ?? null,
      municipality: actor.municipality ?? null,
      website: actor.website ?? null,
      notes: actor.notes ?? null,
      validFrom: actor.validFrom ?? null,
      validTo: actor.validTo ?? null,
    });
    idsByKey.set(actor.key, created.id);
    for (const representative of actor.representatives) {
      await addDemoRepresentative(context, created.id, representative.title, representative.role);
    }
  }
  for (const municipality of KANTA_HAME_MUNICIPALITIES) {
    const created = await createActor(context, {
      name: { fi: municipality.fi, sv: municipality.sv, en: null },
      shortName: { fi: municipality.short, sv: null, en: null },
      type: 'municipality',
      isPublicAuthority: true,
      businessId: null,
      municipality: municipality.short,
      website: null,
      notes: null,
      validFrom: null,
      validTo: null,
    });
    idsByKey.set(`kunta-${municipality.short}`, created.id);
    await addDemoRepresentative(context, created.id, 'Kotoutumiskoordinaattori', 'member');
    if (['Hämeenlinna', 'Riihimäki', 'Forssa'].includes(municipality.short)) {
      await addDemoRepresentative(context, created.id, 'Maahanmuuttajapalvelujen päällikkö', 'deputy');
    }
  }
  for (const succession of DEMO_SUCCESSIONS) {
    await addSuccession(
      context,
      idsByKey.get(succession.predecessor)!,
      succession.successors.map((key) => idsByKey.get(key)!),
      succession.date,
      succession.note,
    );
  }
  const processes = await populateDemoProcesses(context, idsByKey);
  const meetings = await DemoMeetings.start(context, idsByKey);
  const matrices = await populateDemoMatrices(context, processes.mainProcessId, (approvedVersionId) =>
    meetings.holdApprovalMeeting({ mainProcessId: processes.mainProcessId, approvedVersionId }),
  );
  await meetings.holdTheYear({ mainProcessId: processes.mainProcessId, reviewVersionId: matrices.reviewVersionId });
}

async function addDemoRepresentative(context: WriteContext, actorId: string, title: string, role: 'coordinator' | 'member' | 'deputy' | 'expert') {
  const name = demoPerson();
  const email = `${name.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/å/g, 'a').replace(/ /g, '.')}@esimerkki.example`;
  await createRepresentative(context, actorId, {
    name,
    title,
    email,
    phone: `+358 40 000 ${String(1000 + (name.length * 37) % 9000).padStart(4, '0')}`,
    networkRole: role,
    validFrom: null,
    validTo: null,
  });
}
