import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

type Line = { msg?: string; req?: { method?: string; url?: string }; res?: { statusCode?: number }; responseTime?: number };

/** One request log line in words: "GET /api/v1/incidents", "200 in 12 ms". */
function message(log: Record<string, unknown>): string {
  const l = log as Line;
  const text = l.msg ?? '';
  if (l.res?.statusCode !== undefined)
    return `${text} ${l.res.statusCode}${l.responseTime !== undefined ? ` in ${Math.round(l.responseTime)} ms` : ''}`;
  if (l.req?.method) return `${text} ${l.req.method} ${l.req.url ?? ''}`;
  return text;
}

/**
 * The process's logger (the HTTP server's too): readable one-line entries on a terminal, where a
 * person reads them next to the first-run setup link, and JSON lines otherwise, for log collectors.
 */
export function createLogger(level: string, out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Logger {
  if (!out.isTTY) return pino({ level }, out);
  return pino(
    { level },
    pretty({
      destination: out,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      singleLine: true,
      ignore: 'pid,hostname,reqId,req,res,responseTime',
      messageFormat: message,
      sync: true,
    }),
  );
}
