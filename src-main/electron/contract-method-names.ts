import type { MethodName } from '../api/contract/index.js';

/**
 * The contract's method names as plain strings, for the preload. The preload runs sandboxed and
 * cannot load the contract itself (its zod schemas reach into domain code, which may one day
 * import a Node module the sandbox does not have). Kept equal to `methodNames` twice over: the
 * type check below fails on a missing or unknown name, and tests/electron compares the lists.
 */
export const CONTRACT_METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'files.current',
  'files.recent',
  'files.open',
  'files.new',
  'files.openDemo',
  'files.saveCopyAs',
  'files.close',
  'network.get',
  'network.update',
  'actors.list',
  'actors.get',
  'actors.create',
  'actors.update',
  'actors.rename',
  'actors.archive',
  'actors.restore',
  'actors.addSuccession',
  'actors.removeSuccession',
  'representatives.create',
  'representatives.update',
  'representatives.archive',
  'representatives.restore',
] as const satisfies readonly MethodName[];

// A contract method missing above is a compile error here, naming the method.
type MustBeEmpty<T extends never> = T;
export type _EveryMethodListed = MustBeEmpty<Exclude<MethodName, (typeof CONTRACT_METHOD_NAMES)[number]>>;
