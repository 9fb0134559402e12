import type { AppSession } from '../../../src-main/session/app-session.js';
import { callOk } from '../../support/test-session.js';

/**
 * Two meetings built through the API on a real file: 1/2026 agreed an action item due in February
 * that is still open, so 2/2026 (minutes, held) carries it as overdue; 2/2026 has invitees with
 * addresses, attendance from two organisations with a deputy, a decision and an undiscussed item.
 */
export async function buildRealMeetings(session: AppSession) {
  const city = await callOk(session, 'actors.create', { name: { fi: 'Hämeenlinnan kaupunki' }, type: 'ngo', isPublicAuthority: false });
  const ely = await callOk(session, 'actors.create', { name: { fi: 'Hämeen ELY-keskus' }, type: 'ngo', isPublicAuthority: false });
  const rep = (actorId: string, name: string, email: string | null) =>
    callOk(session, 'representatives.create', { actorId, name, email, networkRole: 'member', validFrom: null, validTo: null });
  const aino = await rep(city.id, 'Aino Virtanen', 'aino.virtanen@example.fi');
  const olli = await rep(city.id, 'Olli Mäkelä', 'olli.makela@example.fi');
  const laura = await rep(city.id, 'Laura Heikkinen', null);
  const mikko = await rep(ely.id, 'Mikko Laine', 'mikko.laine@example.fi');
  const sari = await rep(ely.id, 'Sari Koskinen', 'sari.koskinen@example.fi');

  const first = await callOk(session, 'meetings.create', {
    kind: 'network_meeting',
    title: { fi: 'Kotoutumisverkoston kokous', sv: 'Integrationsnätverkets möte', en: 'Integration network meeting' },
    startsAt: '2026-02-03T13:00',
    endsAt: '2026-02-03T15:00',
    place: 'Hämeenlinna',
    onlineLink: null,
    chairId: aino.id,
    secretaryId: mikko.id,
    caseNumber: null,
  });
  await callOk(session, 'actionItems.create', { meetingId: first.id, title: { fi: 'Yhteystietolistan päivitys' }, ownerRepresentativeId: sari.id, ownerActorId: ely.id, dueDate: '2026-02-20' });

  let meeting = await callOk(session, 'meetings.create', {
    kind: 'network_meeting',
    title: { fi: 'Kotoutumisverkoston kokous', sv: 'Integrationsnätverkets möte', en: 'Integration network meeting' },
    startsAt: '2026-03-10T13:00',
    endsAt: '2026-03-10T15:00',
    place: 'Hämeenlinnan kaupungintalo',
    onlineLink: 'https://teams.example.fi/kokous',
    chairId: aino.id,
    secretaryId: mikko.id,
    recordKind: 'minutes',
    caseNumber: 'HML/77/2026',
  });
  meeting = await callOk(session, 'meetings.setInvitees', {
    meetingId: meeting.id,
    expectedVersion: meeting.rowVersion,
    invitees: [
      { representativeId: aino.id, role: 'chair' },
      { representativeId: mikko.id, role: 'required' },
      { representativeId: olli.id, role: 'required' },
      { representativeId: sari.id, role: 'optional' },
      { representativeId: laura.id, role: 'optional' },
    ],
  });
  meeting = await callOk(session, 'agendaItems.create', {
    meetingId: meeting.id,
    title: { fi: 'Vastuumatriisin hyväksyminen', sv: 'Godkännande av ansvarsmatrisen' },
    presenterId: mikko.id,
    durationMinutes: 30,
    background: { fi: 'Matriisi on ollut lausunnolla.' },
    proposal: { fi: 'Verkosto hyväksyy matriisin.' },
  });
  meeting = await callOk(session, 'agendaItems.create', { meetingId: meeting.id, title: { fi: 'Koulutuspäivä' }, durationMinutes: 20 });
  const regular = meeting.agenda.find((item) => item.titles.fi === 'Vastuumatriisin hyväksyminen')!;
  const undiscussed = meeting.agenda.find((item) => item.titles.fi === 'Koulutuspäivä')!;
  meeting = await callOk(session, 'meetings.markInvited', { meetingId: meeting.id, expectedVersion: meeting.rowVersion });
  meeting = await callOk(session, 'meetings.update', {
    meetingId: meeting.id,
    expectedVersion: meeting.rowVersion,
    kind: meeting.kind,
    title: meeting.titles,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    chairId: aino.id,
    secretaryId: mikko.id,
    recordKind: 'minutes',
    caseNumber: 'HML/77/2026',
    minuteCheckerIds: [olli.id, sari.id],
  });
  meeting = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });
  await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: aino.id, status: 'present', participation: 'in_person' });
  await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: mikko.id, status: 'present', participation: 'online' });
  await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: sari.id, status: 'absent' });
  await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: laura.id, status: 'deputy', deputyForRepresentativeId: olli.id, participation: 'in_person' });
  meeting = await callOk(session, 'decisions.create', { agendaItemId: regular.id, kind: 'general', text: { fi: 'Verkosto hyväksyi matriisin yksimielisesti.', sv: 'Nätverket godkände matrisen enhälligt.' } });
  const current = meeting.agenda.find((item) => item.id === undiscussed.id)!;
  meeting = await callOk(session, 'agendaItems.setNotDiscussed', { itemId: current.id, expectedVersion: current.rowVersion, notDiscussed: true });
  meeting = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Matriisin julkaisu verkoston sivuilla' }, ownerRepresentativeId: mikko.id, dueDate: '2026-04-15' });
  return { first, meeting, people: { aino, olli, laura, mikko, sari }, items: { regular, undiscussed } };
}
