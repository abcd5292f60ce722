import { describe, expect, it } from 'vitest';
import { renderRetroMarkdown } from './markdown.ts';
import { countInternal, stakeholderCopy, withInternalFlags } from './stakeholders.ts';
import type { RetroSectionView, RetroView, WhyNodeView } from './types.ts';

const section = (over: Partial<RetroSectionView>): RetroSectionView => ({
  key: 'introduction',
  title: 'Introduction',
  kind: 'markdown',
  prompt: '',
  position: 0,
  body: '',
  items: null,
  revision: 1,
  updatedAt: '2026-03-01T12:00:00.000Z',
  updatedBy: null,
  findings: [],
  internal: false,
  ...over,
});
const why = (id: string, parentId: string | null, internal: boolean): WhyNodeView => ({
  id,
  parentId,
  position: 0,
  text: `why ${id}`,
  ending: null,
  acceptedReason: null,
  action: null,
  revision: 1,
  depth: parentId ? 2 : 1,
  open: true,
  findings: [],
  internal,
});

type Piece = Pick<RetroView, 'sections' | 'whys' | 'withheld' | 'openFindings'>;
const view = (sections: RetroSectionView[], nodes: WhyNodeView[] = []): Piece => ({
  sections,
  whys: {
    nodes,
    summary: {
      chains: 0,
      nodes: nodes.length,
      maxDepth: 2,
      openLeaves: nodes.map((n) => n.id),
      followUps: 0,
      accepted: 0,
      complete: false,
    },
  },
  withheld: 0,
  openFindings: 0,
});

const WAR_ROOM = 'p99 on db-primary 4.2 s, lock waits on orders';

describe('what stakeholders read of a retrospective', () => {
  it('leaves out war-room lines, untouched ticket text and carried whys, and counts them', () => {
    const copy = stakeholderCopy(
      view(
        [
          section({ key: 'intro', body: 'Pulled from the ticket', revision: 0, internal: true }),
          section({ key: 'written', body: 'Written by a person', revision: 2 }),
          section({
            key: 'timeline',
            kind: 'timeline',
            items: [
              { id: 'a', at: '2026-03-01T12:00:00.000Z', text: 'Incident declared', entryId: null, milestone: 'declared', internal: false },
              { id: 'b', at: '2026-03-01T12:05:00.000Z', text: WAR_ROOM, entryId: 7, milestone: null, internal: true },
              { id: 'c', at: '2026-03-01T12:06:00.000Z', text: 'Reworded for everyone', entryId: 8, milestone: null, internal: false },
            ],
          }),
        ],
        [why('r', null, true), why('child', 'r', false), why('own', null, false)],
      ),
    );
    expect(JSON.stringify(copy)).not.toContain(WAR_ROOM);
    expect(JSON.stringify(copy)).not.toContain('Pulled from the ticket');
    expect(copy.sections[0].body).toBe('');
    expect(copy.sections[1].body).toBe('Written by a person');
    expect(copy.sections[2].items?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(copy.whys.nodes.map((n) => n.id)).toEqual(['own']);
    expect(copy.whys.summary.openLeaves).toEqual(['own']);
    expect(copy.withheld).toBe(4);
    expect(countInternal(copy)).toBe(0);
  });

  it('reads views stored before the flags existed the safe way: quoted entries and untouched bodies are internal', () => {
    const old = view([
      { ...section({ body: 'Draft text', revision: 0 }), internal: undefined } as unknown as RetroSectionView,
      section({
        key: 'timeline',
        kind: 'timeline',
        items: [{ id: 'x', at: '2026-03-01T12:00:00.000Z', text: WAR_ROOM, entryId: 3, milestone: null } as never],
      }),
    ]);
    const flagged = withInternalFlags(old);
    expect(flagged.sections[0].internal).toBe(true);
    expect(flagged.sections[1].items?.[0].internal).toBe(true);
    expect(JSON.stringify(stakeholderCopy(old))).not.toContain(WAR_ROOM);
  });

  it("leaves the ticket's root causes out of the facts stakeholders read", () => {
    const facts = { rootCauses: 'Pool size halved', customerImpact: 'EU could not pay' } as RetroView['incident']['facts'];
    const copy = stakeholderCopy({ ...view([]), incident: { facts } });
    expect(copy.incident?.facts).toMatchObject({ rootCauses: '', customerImpact: 'EU could not pay' });
    expect(copy.withheld).toBe(1);
    const old: Piece & { incident: Partial<Pick<RetroView['incident'], 'facts'>> } = { ...view([]), incident: {} };
    expect(withInternalFlags(old).incident.facts).toBeNull();
  });

  it('marks internal pieces in a responder export', () => {
    const md = renderRetroMarkdown({
      incident: {
        id: 'i',
        ref: 'INC-1',
        title: 'x',
        status: 'resolved',
        severity: 'SEV1',
        private: false,
        facts: {
          impactStartedAt: '2026-03-01T12:00:00.000Z',
          declaredAt: '2026-03-01T12:04:00.000Z',
          resolvedAt: '2026-03-01T14:05:00.000Z',
          closedAt: null,
          durationMinutes: 125,
          services: ['checkout', 'payments-api'],
          roles: [{ role: 'Incident commander', name: 'Priya' }],
          customerImpact: 'EU customers could not pay.',
          userShare: 20,
          rootCauses: 'Pool size halved by config 1.4.2',
        },
      },
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
      answers: [],
      actions: { immediate: [], longTerm: [] },
      ...view([
        section({
          key: 'timeline',
          kind: 'timeline',
          items: [{ id: 'b', at: '2026-03-01T12:05:00.000Z', text: WAR_ROOM, entryId: 7, milestone: null, internal: true }],
        }),
      ]),
    });
    expect(md).toContain(`${WAR_ROOM} _(internal)_`);
    // The facts the export opens with: duration, services, roles, impact, root causes (internal).
    expect(md).toContain('- **Duration:** 2 h 5 min (impact started 2026-03-01 12:00 UTC, resolved 2026-03-01 14:05 UTC)');
    expect(md).toContain('- **Services:** checkout, payments-api');
    expect(md).toContain('- **Roles:** Incident commander: Priya');
    expect(md).toContain('**Customer impact**\n\nEU customers could not pay.\n\nAbout 20% of users were affected.');
    expect(md).toContain('**Root causes** _(internal)_\n\nPool size halved by config 1.4.2');
  });
});
