import type { z } from 'zod';

/**
 * One method of the API contract: its input schema (validated at every door), whether it writes,
 * whether it may take long, and whether it needs an open network. The result type is carried as a
 * phantom type parameter so the renderer's calls are typed without importing any handler.
 */
export interface MethodSpec<Input extends z.ZodType = z.ZodType, Result = unknown> {
  readonly input: Input;
  readonly writes: boolean;
  readonly longRunning: boolean;
  /** 'network': works on the open network; 'app': files, settings and the session itself */
  readonly scope: 'network' | 'app';
  readonly summary: string;
  /** never set: carries the result type */
  readonly resultType?: Result;
}

export function method<Result>() {
  return <Input extends z.ZodType>(spec: {
    input: Input;
    writes: boolean;
    longRunning?: boolean;
    scope?: 'network' | 'app';
    summary: string;
  }): MethodSpec<Input, Result> => ({
    input: spec.input,
    writes: spec.writes,
    longRunning: spec.longRunning ?? false,
    scope: spec.scope ?? 'network',
    summary: spec.summary,
  });
}
