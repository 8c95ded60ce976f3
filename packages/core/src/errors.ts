/** Base of the errors postlint reports to users as one line (exit 2 in the CLI, 400 in the server). */
export class PostlintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A configuration file or option is invalid. */
export class ConfigError extends PostlintError {
  readonly file: string | undefined;
  readonly key: string | undefined;
  readonly expected: string | undefined;
  readonly line: number | undefined;
  /** The message without the `file:line: key:` prefix. */
  readonly reason: string;
  constructor(details: { file?: string; key?: string; expected?: string; line?: number; message: string }) {
    const where = [details.file && (details.line ? `${details.file}:${details.line}` : details.file), details.key]
      .filter(Boolean)
      .join(": ");
    super(where ? `${where}: ${details.message}` : details.message);
    this.file = details.file;
    this.key = details.key;
    this.expected = details.expected;
    this.line = details.line;
    this.reason = details.message;
  }
}

/** A post cannot be linted: unreadable, binary, invalid UTF-8, too large, empty, bad front matter. */
export class InputError extends PostlintError {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  constructor(reason: string, details: { file?: string; line?: number; column?: number } = {}) {
    const where = details.file ? `${details.file}${details.line ? `:${details.line}` : ""}: ` : "";
    super(`${where}${reason}`);
    this.reason = reason;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
  }
}

/** A rule threw: a postlint (or plugin) bug, not a problem in the post. */
export class RuleError extends PostlintError {
  readonly ruleId: string;
  constructor(ruleId: string, filePath: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`rule "${ruleId}" crashed on ${filePath}: ${reason}. This is a bug in the rule, not a problem in your post; please report it.`);
    this.ruleId = ruleId;
    this.cause = cause;
  }
}
