import { abilitiesFrom, RETRO_ABILITIES, RETRO_STATUSES, USER_ROLES } from '@firebreak/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../platform/context.ts';
import { can, type RetroFacts } from './policy.ts';

const actor = (role: Actor['role']): Actor => ({ id: `u-${role}`, email: `${role}@example.com`, name: role, role });
const abilities = (user: Actor, facts: RetroFacts) => abilitiesFrom(RETRO_ABILITIES, (a) => can(user, a, facts));

describe('what a retrospective lets each person do (retros/policy.ts#can, reported as abilities)', () => {
  it('the working copy: responders and admins move it along its lifecycle; viewers only read and export', () => {
    for (const role of USER_ROLES) {
      for (const status of RETRO_STATUSES) {
        for (const [incidentPrivate, reviewRequired] of [
          [false, true],
          [true, true],
          [false, false],
        ]) {
          const work = role !== 'viewer';
          const published = status === 'published';
          const got = abilities(actor(role), { status, latest: true, published, incidentPrivate, reviewRequired });
          expect(got, `${role} on a ${status} retrospective`).toEqual({
            edit: work && status !== 'published',
            answer: work && status !== 'published',
            submitForReview: work && status === 'draft',
            backToDraft: work && status === 'in_review',
            // Without a required review, an admin publishes a draft directly (issue 10: a solo admin found only "Send for review").
            publish: work && (status === 'in_review' || (status === 'draft' && !reviewRequired && role === 'admin')),
            amend: work && status === 'published',
            decideDepth: work,
            scheduleMeeting: work,
            share: work && published && (!incidentPrivate || role === 'admin'),
            export: true,
          });
        }
      }
    }
  });

  it('a published revision changes no more: only amending (from the latest), depth, meeting, sharing and export remain', () => {
    const facts = (latest: boolean): RetroFacts => ({
      status: 'published',
      latest,
      published: true,
      incidentPrivate: false,
      reviewRequired: false,
    });
    expect(abilities(actor('responder'), facts(false))).toEqual({
      edit: false,
      answer: false,
      submitForReview: false,
      backToDraft: false,
      publish: false,
      amend: false,
      decideDepth: true,
      scheduleMeeting: true,
      share: true,
      export: true,
    });
    expect(can(actor('responder'), 'amend', facts(true))).toBe(true);
    expect(can(actor('viewer'), 'amend', facts(true))).toBe(false);
  });
});
