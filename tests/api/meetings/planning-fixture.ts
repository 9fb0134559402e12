import type { InputOf } from '../../../src-main/api/contract/index.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { callOk } from '../../support/test-session.js';

/** People and meetings the planning tests share. */

export async function addActorWithPeople(session: AppSession, actorName: string, people: Array<{ name: string; email?: string | null; validFrom?: string; validTo?: string }>) {
  const actor = await callOk(session, 'actors.create', { name: { fi: actorName }, type: 'ngo', isPublicAuthority: false });
  const representatives = [];
  for (const person of people) {
    representatives.push(
      await callOk(session, 'representatives.create', {
        actorId: actor.id,
        name: person.name,
        email: person.email ?? null,
        networkRole: 'member',
        validFrom: person.validFrom ?? null,
        validTo: person.validTo ?? null,
      }),
    );
  }
  return { actor, representatives };
}

export function meetingInput(startsAt: string, endsAt: string, extra: Partial<InputOf<'meetings.create'>> = {}): InputOf<'meetings.create'> {
  return { kind: 'network_meeting', title: { fi: 'Kotoutumisverkoston kokous' }, startsAt, endsAt, place: 'Hämeenlinna', ...extra };
}

export function itemInput(meetingId: string, titleFi: string, extra: Partial<InputOf<'agendaItems.create'>> = {}): InputOf<'agendaItems.create'> {
  return { meetingId, title: { fi: titleFi }, ...extra };
}
