import { contract, type InputOf, type MethodName, type ResultOf } from '../../src-main/api/contract/index';
import { call as callCore } from './client';
import { dataChanged } from './data-version';

/** The screens' door to the core: the client's `call`, and after any successful write, a refresh signal. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await callCore(method, input);
  if (contract[method].writes) dataChanged();
  return result;
}

export { ApiCallError } from './client';
