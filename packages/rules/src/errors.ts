import type { Position } from './types.ts';

/** The kinds of load error; each has its own test. */
export type LoadErrorCode =
  | 'yaml-syntax'
  | 'schema'
  | 'expression-syntax'
  | 'unknown-fact'
  | 'unknown-name'
  | 'type-error'
  | 'unknown-right'
  | 'cycle'
  | 'duplicate';

/** One problem found while loading a catalogue: where, what is wrong, what was expected. */
export interface LoadError {
  code: LoadErrorCode;
  file: string;
  line: number;
  column: number;
  /** What is wrong, for the person who edits the file. */
  message: string;
  /** What the loader expected instead. */
  expected?: string;
}

/** Formats a load error as `file:line:column: message (expected …)`. */
export function formatLoadError(error: LoadError): string {
  const expected = error.expected ? ` Expected: ${error.expected}.` : '';
  return `${error.file}:${error.line}:${error.column}: ${error.message}.${expected}`;
}

/** Builds a load error at a position. */
export function loadError(code: LoadErrorCode, pos: Position, message: string, expected?: string): LoadError {
  const error: LoadError = { code, file: pos.file, line: pos.line, column: pos.column, message };
  if (expected !== undefined) error.expected = expected;
  return error;
}

/** Thrown by a switch that received a case the type system says cannot exist. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}

/** Thrown when a situation does not fit the facts vocabulary; lists every problem. */
export class SituationError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`Invalid situation: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'SituationError';
  }
}
