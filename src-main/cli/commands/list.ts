import { dispatch } from '../../api/dispatch.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { MethodName, ProcessMap } from '../../api/contract/index.js';
import type { MeetingSummary } from '../../api/contract/meetings.js';
import type { AppSession } from '../../session/app-session.js';
import { UsageError } from '../args.js';

interface ListKind {
  method: MethodName;
  input: object;
  /** the printed JSON array (users' scripts rely on `id` and `name` in every element) */
  toArray: (result: unknown) => unknown[];
}

const asArray = (result: unknown) => result as unknown[];

/** `list <kind>`: each kind is one read method of the contract; later areas add their kinds here. */
export const LIST_KINDS: Record<string, ListKind> = {
  actors: { method: 'actors.list', input: {}, toArray: asArray },
  // the process map is grouped; the list is flat, with the group's id on each process
  processes: { method: 'processes.map', input: {}, toArray: (result) => (result as ProcessMap).processes },
  matrices: { method: 'matrices.list', input: {}, toArray: asArray },
  // newest first, as the app lists them; `name` is the title, since scripts rely on `name` in every kind
  meetings: {
    method: 'meetings.list',
    input: {},
    toArray: (result) =>
      (result as MeetingSummary[]).map((meeting) => ({
        id: meeting.id,
        name: meeting.title,
        title: meeting.title,
        number: meeting.number,
        date: meeting.date,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        status: meeting.status,
        kind: meeting.kind,
        recordKind: meeting.recordKind,
        workingGroupId: meeting.workingGroupId,
        place: meeting.place,
      })),
  },
};

export function checkListKind(kind: string | undefined): ListKind {
  const listKind = kind && Object.hasOwn(LIST_KINDS, kind) ? LIST_KINDS[kind] : undefined;
  if (!listKind) throw new UsageError(`list needs one of: ${Object.keys(LIST_KINDS).join(', ')}`);
  return listKind;
}

export async function listCommand(session: AppSession, kind: string | undefined): Promise<unknown> {
  const listKind = checkListKind(kind);
  const answer = await dispatch(session, listKind.method, listKind.input);
  // passed on as the same error, so the one line on stderr reads as the API's message, once
  if (!answer.ok) throw new AppError(answer.error.code, answer.error.params, answer.error.path);
  return listKind.toArray(answer.result);
}
