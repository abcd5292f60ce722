/** A minimal Server-Sent Events parser (the WHATWG event-stream format) over decoded text chunks. */

export type SseMessage = { id: string | undefined; event: string; data: string };
export type SseSink = { message(m: SseMessage): void; retry?(ms: number): void };

/** Feed it text as it arrives; it calls `sink.message` for each complete event. */
export function sseParser(sink: SseSink) {
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let sawCr = false;

  const line = (l: string) => {
    if (l === '') {
      if (data.length) sink.message({ id, event: event || 'message', data: data.join('\n') });
      data = [];
      event = '';
      id = undefined;
      return;
    }
    if (l.startsWith(':')) return; // comment: the server's keep-alive
    const colon = l.indexOf(':');
    const field = colon === -1 ? l : l.slice(0, colon);
    let value = colon === -1 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) sink.retry?.(Number(value));
  };

  return (chunk: string) => {
    // A CRLF split across two chunks must count as one line break.
    if (sawCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    sawCr = chunk.endsWith('\r');
    buffer += chunk;
    const parts = buffer.split(/\r\n|\r|\n/);
    buffer = parts.pop() ?? '';
    for (const p of parts) line(p);
  };
}
