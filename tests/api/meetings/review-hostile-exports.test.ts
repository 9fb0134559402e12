import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { child, parseIcs, property, unescapeText } from '../../domain/meetings/ics-parser.js';
import { paragraphs, readDocx, all, tableRows } from '../../export/read-docx.js';
import { parseXml } from '../../support/xml-well-formed.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';

/**
 * Review: user text that looks like the formats' own syntax (iCalendar's CRLF, `;`, `,`, `\`,
 * XML's `]]>` and `<w:t>`) stays text in the .ics and the .docx, and both files still parse.
 */

const TITLE = 'Kokous; A, B \\ C ]]> <w:t>x</w:t> & "lainaus"';
const PLACE = 'Sali 1;\r\nkerros 2, \\ siipi B\r\nBEGIN:VEVENT';
const ITEM = 'Kohta\r\nEND:VCALENDAR ]]><w:p/>';

let session: AppSession;
let meeting: MeetingDetail;

beforeAll(async () => {
  const { file } = await createTempNetwork();
  ({ session } = await createTestSession({ open: file }));
  const actor = await callOk(session, 'actors.create', { name: { fi: 'Kaupunki; <b>' }, type: 'ngo', isPublicAuthority: false });
  const secretary = await callOk(session, 'representatives.create', {
    actorId: actor.id,
    name: 'Sihteeri "Sanna", \\ Testi',
    email: 'sanna@example.fi',
    networkRole: 'member',
    validFrom: null,
    validTo: null,
  });
  meeting = await callOk(session, 'meetings.create', {
    kind: 'network_meeting',
    title: { fi: TITLE },
    startsAt: '2026-03-10T13:00',
    endsAt: '2026-03-10T15:00',
    place: PLACE,
    onlineLink: null,
    chairId: null,
    secretaryId: secretary.id,
    caseNumber: 'HML/1;2',
  });
  meeting = await callOk(session, 'agendaItems.create', { meetingId: meeting.id, title: { fi: ITEM }, presenterText: 'Esittäjä, ]]>' });
}, 60_000);
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('the .ics', () => {
  it('keeps the title, place and agenda as text: every line a content line, the values back as written', async () => {
    const text = readFileSync((await callOk(session, 'exports.meetingIcs', { meetingId: meeting.id }))!.path, 'utf8');
    // no bare CR or LF: every physical line ends with CRLF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = parseIcs(text);
    const events = calendar.components.filter((component) => component.name === 'VEVENT');
    expect(events).toHaveLength(1);
    const event = child(calendar, 'VEVENT');
    expect(unescapeText(property(event, 'SUMMARY').value)).toBe(`${TITLE} ${meeting.number}`);
    expect(unescapeText(property(event, 'LOCATION').value)).toBe(PLACE.replace(/\r\n/g, '\n'));
    expect(unescapeText(property(event, 'DESCRIPTION').value)).toContain(ITEM.replace(/\r\n/g, '\n'));
    expect(property(event, 'ORGANIZER').params.CN).toBe('Sihteeri "Sanna", \\ Testi');
  });
});

describe('the .docx', () => {
  it('keeps the same texts as text in a well-formed document', { timeout: 60_000 }, async () => {
    const result = (await callOk(session, 'exports.agenda', { meetingId: meeting.id, lang: 'fi' }))!;
    const docx = await readDocx(readFileSync(result.path));
    const xml = await docx.zip.file('word/document.xml')!.async('string');
    expect(() => parseXml(xml)).not.toThrow();
    const texts = [...paragraphs(docx.document).map((paragraph) => paragraph.text), ...all(docx.document, 'tbl').flatMap(tableRows).flat()].join('\n');
    expect(texts).toContain(TITLE);
    expect(texts).toContain('Kohta');
    expect(texts).toContain('END:VCALENDAR ]]><w:p/>');
    // the injected markup never became elements
    expect(all(docx.document, 't').some((node) => node.textContent === 'x')).toBe(false);
  });
});
