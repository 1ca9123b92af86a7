import * as errors from '../../errors.js';
import { SpeechkitError } from '../../errors.js';

/**
 * An error as it crosses from a worker thread to the main thread. Structured cloning keeps only
 * `message` and `stack` of an Error, so a SpeechkitError would lose its class and the file and line
 * the user must see; this keeps them.
 */
export interface TransferableError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** Set for SpeechkitError and its subclasses. */
  readonly speechkit?: { readonly file?: string; readonly line?: number; readonly column?: number };
}

export function toTransferable(error: unknown): TransferableError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const base = { name: error.name, message: error.message, stack: error.stack };
  if (!(error instanceof SpeechkitError)) return base;
  return { ...base, speechkit: { file: error.file, line: error.line, column: error.column } };
}

type SpeechkitErrorClass = new (message: string, file?: string, line?: number, column?: number) => SpeechkitError;

/** SpeechkitError and each subclass src/errors.ts exports, by class name. */
const ERROR_CLASSES: ReadonlyMap<string, SpeechkitErrorClass> = new Map(
  (Object.values(errors) as unknown[])
    .filter(
      (value): value is SpeechkitErrorClass =>
        typeof value === 'function' && (value === SpeechkitError || value.prototype instanceof SpeechkitError),
    )
    .map((cls) => [cls.name, cls]),
);

/** The error again, of its own class where that is a SpeechkitError, so the CLI reports it as usual. */
export function fromTransferable(data: TransferableError): Error {
  let error: Error;
  if (data.speechkit) {
    const cls = ERROR_CLASSES.get(data.name) ?? SpeechkitError;
    error = new cls(data.message, data.speechkit.file, data.speechkit.line, data.speechkit.column);
  } else {
    error = new Error(data.message);
    error.name = data.name;
  }
  if (data.stack) error.stack = data.stack;
  return error;
}
