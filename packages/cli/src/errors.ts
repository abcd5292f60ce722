/** Exit codes scripts can rely on (documented in docs/cli.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2, unauthenticated: 3, notFound: 4 } as const;

/** An error the CLI reports as `error: <message> (<code>)` and exits with `exitCode`. */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(message: string, code: string, exitCode: number) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** The server answered with an error envelope (or something that was not one). */
export class ApiError extends CliError {
  readonly status: number;
  readonly details?: Record<string, unknown>;
  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message, code, exitForStatus(status));
    this.status = status;
    this.details = details;
  }
}

/** 401 means the token is missing or bad (3), 404 means the thing is not there (4), the rest is 1. */
export function exitForStatus(status: number): number {
  if (status === 401) return EXIT.unauthenticated;
  if (status === 404) return EXIT.notFound;
  return EXIT.failed;
}

export const usageError = (message: string) => new CliError(message, 'usage', EXIT.usage);
