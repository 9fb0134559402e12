import type { Contract, MethodName, ParsedInputOf, ResultOf } from '../contract/index.js';
import type { WriteContext } from '../../domain/shared/contexts.js';
import type { AppSession } from '../../session/app-session.js';

/** What every handler gets: the session, and for network methods the data (a transaction when writing). */
export interface HandlerContext extends WriteContext {
  session: AppSession;
}

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, context: HandlerContext) => Promise<ResultOf<M>>;

/** Handlers for one area: exactly the methods of that area's contract, typed from it. */
export type HandlersFor<Area extends Partial<Contract>> = { [M in keyof Area & MethodName]: Handler<M> };
