/**
 * Failures that stop work on one file or one command (a file that cannot be read, a bad spec, a
 * template that does not compile). Problems *in* a speech are Diagnostics, not errors.
 * The CLI catches these in one place, prints `message` on one line and exits 2.
 */
export class SpeechkitError extends Error {
  constructor(
    message: string,
    /** The file the error is about, as the user named it. */
    readonly file?: string,
    /** 1-based line (and column) in that file, where it applies. */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** `file:line:col: message`, the one line a user sees. */
  format(): string {
    const where = [this.file, this.line, this.column].filter((p) => p !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** An input file that cannot be read or understood. */
export class InputError extends SpeechkitError {}

/** An output that cannot or must not be written (exists without --force, missing directory). */
export class OutputError extends SpeechkitError {}

/** A draft spec (YAML/JSON) that is malformed or misses a field. */
export class SpecError extends SpeechkitError {}

/** A template that does not compile or fails to render. */
export class TemplateError extends SpeechkitError {}

/** Wrong use of a command (bad option value). */
export class UsageError extends SpeechkitError {}
