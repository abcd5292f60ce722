/**
 * A comma-separated list in a query string or an option (`?status=open,in_progress`): items
 * trimmed, empty ones dropped; no value is an empty list. The server, the CLI and the web app read
 * list filters with it, so `a, b` and `a,,b` mean the same everywhere.
 */
export const csv = (value: string | null | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
