import { dispatch } from '../../api/dispatch.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { MethodName } from '../../api/contract/index.js';
import type { AppSession } from '../../session/app-session.js';
import { UsageError } from '../args.js';

/** `list <kind>`: each kind is one read method of the contract; later areas add their kinds here. */
export const LIST_KINDS: Record<string, MethodName> = {
  actors: 'actors.list',
};

export async function listCommand(session: AppSession, kind: string | undefined): Promise<unknown> {
  const method = kind ? LIST_KINDS[kind] : undefined;
  if (!method) throw new UsageError(`list needs one of: ${Object.keys(LIST_KINDS).join(', ')}`);
  const answer = await dispatch(session, method, {});
  // passed on as the same error, so the one line on stderr reads as the API's message, once
  if (!answer.ok) throw new AppError(answer.error.code, answer.error.params, answer.error.path);
  return answer.result;
}
