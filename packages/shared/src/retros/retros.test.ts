import { describe, expect, it } from 'vitest';
import { buildAgenda } from './agenda.ts';
import { ChatFormatError, parseSlackExport, parseTranscript, slackText, slackTsToIso, zonedToUtc } from './chat.ts';
import { suggestDepth } from './depth.ts';
import { renderRetroMarkdown } from './markdown.ts';
import { looksLikeSlackMessage, SlackMessageInput } from './schemas.ts';
import { analyzeThemes, type ThemeEntry } from './themes.ts';
import { buildWhyTree, chainTo, endingRefusal, subtreeIds } from './whys.ts';

describe('chat parsing', () => {
  it('reads Slack ts without float rounding, and Slack markup as plain text', () => {
    expect(slackTsToIso('1700000000.000100')).toBe('2023-11-14T22:13:20.000Z');
    expect(slackTsToIso('1700000000.999999')).toBe('2023-11-14T22:13:20.999Z');
    const names = new Map([['U1', 'Priya']]);
    expect(slackText('<@U1> see <https://x.example/a|the graph> &amp; <#C9|ops> <!here>', names)).toBe(
      '@Priya see the graph (https://x.example/a) & #ops @here',
    );
    expect(slackText('<https://x.example>', names)).toBe('https://x.example');
  });

  it('skips channel housekeeping and empty messages, and keys messages by ts and author', () => {
    const { messages, skipped } = parseSlackExport(
      [
        { type: 'message', subtype: 'channel_join', user: 'U1', text: 'joined', ts: '1.1' },
        { type: 'message', user: 'U1', text: '   ', ts: '2.1' },
        { type: 'message', user: 'U1', text: 'hello', ts: '3.1' },
        { type: 'message', bot_id: 'B1', username: 'deploybot', subtype: 'bot_message', text: 'deployed', ts: '4.1' },
      ],
      [{ id: 'U1', profile: { display_name: '', real_name: 'Priya R', email: 'P@x.example' } }],
    );
    expect(skipped).toBe(2);
    expect(messages.map((m) => [m.author.name, m.author.email, m.dedupe])).toEqual([
      ['Priya R', 'p@x.example', 'slack|3.1|U1'],
      ['deploybot', null, 'slack|4.1|B1'],
    ]);
  });

  it('converts transcript times in a time zone (DST included) and rolls over midnight', () => {
    expect(new Date(zonedToUtc('2026-03-29', 3, 30, 0, 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // after the switch: UTC+2
    expect(new Date(zonedToUtc('2026-03-28', 3, 30, 0, 'Europe/Berlin')).toISOString()).toBe('2026-03-28T02:30:00.000Z'); // UTC+1
    const msgs = parseTranscript('[23:59] a: one\n[00:01] b: two\n[00:01] b: two\n\n[2026-04-02 08:00:30] a: three', {
      date: '2026-03-31',
      timezone: 'UTC',
    });
    expect(msgs.map((m) => m.at)).toEqual([
      '2026-03-31T23:59:00.000Z',
      '2026-04-01T00:01:00.000Z',
      '2026-04-01T00:01:00.000Z',
      '2026-04-02T08:00:30.000Z',
    ]);
    // The same words twice in the same minute are two messages.
    expect(new Set(msgs.map((m) => m.dedupe)).size).toBe(4);
    expect(() => parseTranscript('no times here', { date: '2026-03-31', timezone: 'UTC' })).toThrow(ChatFormatError);
    expect(() => parseTranscript('[25:00] a: b', { date: '2026-03-31', timezone: 'UTC' })).toThrow(/line 1/);
  });

  it('the fast Slack message check never accepts what the schema refuses', () => {
    const samples: unknown[] = [
      { type: 'message', ts: '1.2', text: 'x' },
      { type: 'message', ts: 'x' },
      { type: 1, ts: '1.2' },
      null,
      [],
      'str',
      { type: 'message', ts: '1.2', user_profile: [] },
      { type: 'message', ts: '1.2', user_profile: { email: 5 } },
      { type: 'message', ts: '1.2', text: 'y'.repeat(40_001) },
      { type: 'message', ts: '1.2', extra: { nested: true } },
    ];
    for (const s of samples) if (looksLikeSlackMessage(s)) expect(SlackMessageInput.safeParse(s).success).toBe(true);
    expect(looksLikeSlackMessage(samples[0])).toBe(true);
  });
});

describe('themes', () => {
  const e = (
    id: number,
    minute: number,
    kind: string,
    body: string | null = null,
    actor: string | null = null,
    data: Record<string, unknown> = {},
  ): ThemeEntry => ({
    id,
    kind,
    body,
    data,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString(),
    actor: actor ? { id: actor, name: actor.toUpperCase() } : null,
  });

  it('finds long gaps without progress with the talk in between, stuck moments and handovers', () => {
    const th = analyzeThemes(
      [
        e(1, 0, 'declared', null, 'a'),
        e(2, 5, 'chat', 'who owns the billing DB?', null, { author: { name: 'dana' } }),
        e(3, 30, 'chat', 'Permission denied on the console', 'b'),
        e(4, 50, 'status_changed', null, 'a'),
        e(5, 55, 'role_assigned', null, 'a', { handover: true, roleName: 'Commander', from: { name: 'A' }, to: { name: 'B' } }),
        e(6, 56, 'comment', 'I am handing over to B now', 'a'),
        e(7, 90, 'retro_drafted', null, 'a'),
      ],
      { gapMinutes: 30 },
    );
    expect(th.gaps).toEqual([
      expect.objectContaining({ minutes: 50, beforeEntryId: 1, afterEntryId: 4, messagesDuring: 2, messageIds: [2, 3] }),
    ]);
    expect(th.stuck.map((s) => [s.entryId, s.category, s.who])).toEqual([
      [2, 'ownership', 'dana'],
      [3, 'access', 'B'],
    ]);
    expect(th.handovers.map((h) => [h.entryId, h.source])).toEqual([
      [5, 'role'],
      [6, 'chat'],
    ]);
    expect(th.window?.to).toBe('2026-03-01T12:56:00.000Z'); // retrospective entries are not part of the incident
    expect(th.people.total).toBe(3);
  });

  it('counts people per bucket and flags crowded periods', () => {
    const entries = Array.from({ length: 10 }, (_, i) => e(i + 1, i, 'chat', 'hi', `p${i}`));
    const th = analyzeThemes(entries, { bucketMinutes: 5, crowdThreshold: 5 });
    expect(th.people.buckets.map((b) => b.people)).toEqual([5, 5]);
    expect(th.people.crowded).toHaveLength(2);
    expect(analyzeThemes([]).window).toBeNull();
  });
});

describe('five whys', () => {
  const n = (id: string, parentId: string | null, ending: 'follow_up' | 'accepted' | null = null, position = 0) => ({
    id,
    parentId,
    position,
    text: id,
    ending,
    actionId: null,
    acceptedReason: null,
  });
  it('builds chains as trees and reports open leaves', () => {
    const nodes = [n('root', null), n('b', 'root', null, 1), n('a', 'root', 'follow_up', 0), n('c', 'b', 'accepted')];
    const { roots, summary } = buildWhyTree(nodes);
    expect(roots[0].children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(summary).toMatchObject({ chains: 1, maxDepth: 3, openLeaves: [], followUps: 1, accepted: 1, complete: true });
    expect(endingRefusal({ id: 'b' }, nodes)).toMatch(/last why/);
    expect(subtreeIds('b', nodes)).toEqual(['b', 'c']);
    expect(chainTo('c', nodes)).toEqual(['root', 'b', 'c']);
    expect(buildWhyTree([n('x', null)]).summary).toMatchObject({ openLeaves: ['x'], complete: false });
  });
});

describe('depth', () => {
  it('suggests a deep investigation for severe, recurring, long incidents with customer impact', () => {
    const deep = suggestDepth({
      severityName: 'SEV1',
      severityRank: 1,
      recurrences: [{ ref: 'INC-3', title: 'x' }],
      customerImpact: 'Payments failed',
      userShare: 30,
      durationMinutes: 300,
    });
    expect(deep.suggestion).toBe('deep');
    expect(deep.reasons.map((r) => r.text).join(' ')).toContain('INC-3');
    const light = suggestDepth({
      severityName: 'SEV4',
      severityRank: 4,
      recurrences: [],
      customerImpact: '',
      userShare: null,
      durationMinutes: 12,
    });
    expect(light).toMatchObject({ suggestion: 'standard', score: 0 });
  });
});

describe('markdown and agenda', () => {
  it('escapes names and titles, and writes anonymous answers as Anonymous', () => {
    const md = renderRetroMarkdown({
      incident: { id: 'i', ref: 'INC-1', title: 'Cache *stampede* <b>', status: 'resolved', severity: 'SEV2', private: false, facts: null },
      template: { id: 't', name: 'Retrospective' },
      status: 'draft',
      revision: 1,
      depth: { decision: null },
      meeting: {
        scheduled: false,
        startsAt: null,
        durationMinutes: 60,
        location: '',
        attendees: [],
        notes: '',
        notesRevision: 0,
        sequence: 0,
      },
      sections: [
        {
          key: 'v',
          title: 'Views',
          kind: 'answers',
          prompt: '',
          position: 0,
          body: '',
          items: null,
          revision: 0,
          updatedAt: '',
          updatedBy: null,
          findings: [],
          internal: false,
        },
      ],
      whys: { nodes: [], summary: { chains: 0, nodes: 0, maxDepth: 0, openLeaves: [], followUps: 0, accepted: 0, complete: false } },
      answers: [
        {
          id: 'a',
          anonymous: true,
          author: null,
          whatHappened: 'Paged late',
          surprised: '',
          stuck: '',
          wouldHaveHelped: '',
          mine: false,
          findings: { whatHappened: [], surprised: [], stuck: [], wouldHaveHelped: [] },
        },
      ],
      actions: { immediate: [], longTerm: [] },
    });
    expect(md).toContain('# Retrospective: INC-1 — Cache \\*stampede\\* \\<b\\>');
    expect(md).toContain('### Anonymous');
    expect(md).toContain('**What happened from where you stood?**\n\nPaged late');
  });

  it('splits the meeting over the agenda items', () => {
    const a = buildAgenda({
      incident: { ref: 'INC-1', title: 'x' },
      durationMinutes: 60,
      moments: [{ at: '2026-03-01T12:00:00.000Z', text: 'Declared', entryId: 1 }],
      themes: analyzeThemes([]),
      surprises: [{ who: 'Anonymous', text: 'No runbook' }],
      openWhys: [{ id: 'w', chain: ['A', 'B'] }],
      proposedFollowUps: [],
    });
    expect(a.items.map((i) => i.minutes)).toEqual([9, 12, 12, 15, 9, 3]);
    expect(a.markdown).toContain('- Anonymous: No runbook');
    expect(a.markdown).toContain('- A → B');
  });
});
