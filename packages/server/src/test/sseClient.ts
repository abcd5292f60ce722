import type { TestUser } from './harness.ts';

export type SseEvent = { id: string | undefined; event: string | undefined; data: string };
export type Entry = { id: number; kind: string; body: string | null; visibility: string };

/** A Server-Sent Events client over a real HTTP connection: parses the text/event-stream body as it arrives. */
export class Stream {
  readonly events: SseEvent[] = [];
  raw = '';
  ended = false;
  private buffer = '';
  private wake: (() => void)[] = [];
  readonly status: number;
  readonly contentType: string;
  private ac: AbortController;
  private constructor(status: number, contentType: string, ac: AbortController) {
    this.status = status;
    this.contentType = contentType;
    this.ac = ac;
  }

  static async open(url: string, user: TestUser, headers: Record<string, string> = {}): Promise<Stream> {
    const ac = new AbortController();
    const res = await fetch(url, { headers: { authorization: `Bearer ${user.token}`, ...headers }, signal: ac.signal });
    const s = new Stream(res.status, res.headers.get('content-type') ?? '', ac);
    if (!res.body) throw new Error('no body');
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          s.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        // aborted by close()
      }
      s.ended = true;
      s.notify();
    })();
    return s;
  }

  private push(text: string) {
    this.raw += text;
    this.buffer += text;
    let cut = this.buffer.indexOf('\n\n');
    while (cut >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      const ev: SseEvent = { id: undefined, event: undefined, data: '' };
      let hasData = false;
      for (const line of block.split('\n')) {
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'id') ev.id = value;
        else if (field === 'event') ev.event = value;
        else if (field === 'data') {
          ev.data += (hasData ? '\n' : '') + value;
          hasData = true;
        }
      }
      if (hasData) this.events.push(ev);
      cut = this.buffer.indexOf('\n\n');
    }
    this.notify();
  }

  private notify() {
    for (const w of this.wake.splice(0)) w();
  }

  /** Resolves once `pred` holds, re-checked as data arrives; fails after a while with what was received. */
  async until(pred: () => boolean, what: string, ms = 8000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.events.map((e) => e.data.slice(0, 80)))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  entries(): Entry[] {
    return this.events.filter((e) => e.event === 'timeline').map((e) => JSON.parse(e.data) as Entry);
  }

  /** Global-stream events: the incident reference with its entry. */
  changes(): { ref: string; kind: string; entry: Entry }[] {
    return this.events.filter((e) => e.event === 'incident').map((e) => JSON.parse(e.data));
  }

  close() {
    this.ac.abort();
  }
}
