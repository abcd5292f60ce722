import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARE_CALLBACK, PIN_SHORTCUT } from './modal.ts';

/**
 * docs/slack-app-manifest.yaml is what an admin pastes into Slack: it must name the routes the app
 * serves, the callback id the routes expect, HTTP mode, and every scope the client's methods need.
 * (Read line by line: the manifest is plain block YAML, and the server has no YAML parser.)
 */
const manifest = readFileSync(join(import.meta.dirname, '../../../../../docs/slack-app-manifest.yaml'), 'utf8');
const lines = manifest.split('\n').map((l) => l.replace(/\s+#.*$/, ''));
/** The `- item` lines under a key, at any depth. */
function listUnder(key: string): string[] {
  const at = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(at, key).toBeGreaterThanOrEqual(0);
  const indent = lines[at].search(/\S/);
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (l.trim() && l.search(/\S/) <= indent) break;
    const m = /^\s*- (.+)$/.exec(l);
    if (m) out.push(m[1].trim());
  }
  return out;
}

describe('the Slack app manifest', () => {
  it('is an HTTP-mode app whose URLs are the Slack routes, under the <FIREBREAK_URL> placeholder', () => {
    expect(manifest).toMatch(/^\s+socket_mode_enabled: false$/m);
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(
      new Set([
        '<FIREBREAK_URL>/api/v1/chat/slack/commands',
        '<FIREBREAK_URL>/api/v1/chat/slack/interactivity',
        '<FIREBREAK_URL>/api/v1/chat/slack/events',
      ]),
    );
    expect([...manifest.matchAll(/- command: (\S+)/g)].map((m) => m[1])).toEqual(['/incident', '/oncall']);
    expect(manifest).toMatch(/^\s+is_enabled: true$/m);
  });

  it('has the Add to timeline shortcut with the callback id the routes read', () => {
    expect(manifest).toMatch(new RegExp(`- name: Add to timeline\\n\\s+type: message\\n\\s+callback_id: ${PIN_SHORTCUT}\\n`));
    expect(DECLARE_CALLBACK).not.toBe(PIN_SHORTCUT);
  });

  it('subscribes to the events the routes handle and asks for the scopes the client uses', () => {
    expect(listUnder('bot_events')).toEqual(['message.channels', 'message.groups', 'reaction_added']);
    // commands; chat.postMessage; conversations.create/invite/setTopic/archive (public and private);
    // conversations.history/replies and message events; reaction_added; users.info; users.lookupByEmail
    expect(listUnder('bot')).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'chat:write.public',
        'channels:manage',
        'groups:write',
        'channels:history',
        'groups:history',
        'reactions:read',
        'users:read',
        'users:read.email',
      ]),
    );
  });
});
