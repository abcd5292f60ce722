import { createHash } from 'node:crypto';

/** A rendered answer: its body and a strong ETag of it. */
export type Rendered = { body: string; etag: string };

/**
 * Rendered pages and feeds of one snapshot version: the snapshot changes when anything public
 * changes, and then every entry rendered from the old one goes at once. Bounded, so incident pages
 * requested by id (any id) cannot grow it without end.
 */
export class RenderCache {
  private version = '';
  private entries = new Map<string, Rendered>();
  private readonly max: number;
  constructor(max = 500) {
    this.max = max;
  }

  get(version: string, key: string, render: () => string): Rendered {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    let hit = this.entries.get(key);
    if (!hit) {
      const body = render();
      hit = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, hit);
    }
    return hit;
  }
}
