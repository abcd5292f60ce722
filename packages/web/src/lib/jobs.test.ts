import type { JobView } from '@firebreak/shared';
import { describe, expect, it } from 'vitest';
import { attemptsText, followUp, jobWhen, shortDuration } from './jobs.ts';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const job = (over: Partial<JobView>): JobView => ({
  id: '3f2a9c1b-0000-4000-8000-000000000000',
  kind: 'noop',
  state: 'queued',
  attempts: 0,
  maxAttempts: 8,
  runAt: '2026-03-01T12:00:00.000Z',
  leaseUntil: null,
  lastError: null,
  createdAt: '2026-03-01T11:59:59.000Z',
  updatedAt: '2026-03-01T11:59:59.000Z',
  finishedAt: null,
  payload: {},
  abilities: { retry: false, discard: true },
  ...over,
});

describe('job wording', () => {
  it('counts attempts as "2 of 8"', () => {
    expect(attemptsText(job({ attempts: 2 }))).toBe('2 of 8 attempts');
    expect(attemptsText(job({ attempts: 1, maxAttempts: 1 }))).toBe('1 of 1 attempt');
  });

  it('picks the time that matters for the state', () => {
    expect(jobWhen(job({ runAt: '2026-03-01T12:05:00.000Z' }), NOW)).toEqual({ label: 'Runs', iso: '2026-03-01T12:05:00.000Z' });
    expect(jobWhen(job({ state: 'retrying', runAt: '2026-03-01T12:05:00.000Z' }), NOW).label).toBe('Next attempt');
    expect(jobWhen(job({ state: 'dead', finishedAt: '2026-03-01T11:00:00.000Z' }), NOW)).toEqual({
      label: 'Gave up',
      iso: '2026-03-01T11:00:00.000Z',
    });
  });

  it('says how a test job went, and warns when no worker picks it up', () => {
    expect(followUp(job({ state: 'done', runAt: '2026-03-01T11:59:59.000Z', finishedAt: '2026-03-01T11:59:59.300Z' }), NOW)).toEqual({
      text: 'Done 300 ms after it was queued: the workers are running.',
      tone: 'ok',
    });
    expect(followUp(job({}), NOW)).toEqual({ text: 'Waiting for a worker…', tone: 'wait' });
    // The shared clock ticks every 15 s: a job due a moment from "now" is just waiting.
    expect(followUp(job({ runAt: '2026-03-01T12:00:05.000Z' }), NOW).text).toBe('Waiting for a worker…');
    expect(followUp(job({ state: 'retrying', runAt: '2026-03-01T12:05:00.000Z' }), NOW).text).toBe(
      'Waiting for its next attempt (in 5 min).',
    );
    expect(followUp(job({ runAt: '2026-03-01T11:59:00.000Z' }), NOW)).toMatchObject({ tone: 'warn' });
    expect(followUp(job({ state: 'dead' }), NOW).tone).toBe('bad');
  });

  it('shortens durations', () => {
    expect(shortDuration(42)).toBe('42 ms');
    expect(shortDuration(1340)).toBe('1.3 s');
    expect(shortDuration(12_400)).toBe('12 s');
    expect(shortDuration(125_000)).toBe('2 min 5 s');
  });
});
