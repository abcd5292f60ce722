import { CommentBody, StakeholderUpdateBody, TimelineEntryBody, type TimelineEntryView } from '@firebreak/shared';
import type { Command } from 'commander';
import { checkBody, instant, words } from '../args.ts';
import { out, printJson, when } from '../output.ts';
import { connect, refPath } from '../session.ts';

type Json = { json?: boolean };

async function post(ref: string, path: string, body: unknown, o: Json, done: (e: TimelineEntryView) => string) {
  const entry = await connect().post<TimelineEntryView>(`${refPath(ref)}${path}`, body);
  if (o.json) return printJson(entry);
  out(done(entry));
}

export function registerIncidentTalk(incident: Command): void {
  incident
    .command('note')
    .description('add a timeline note, possibly back-dated and pinned as a key moment')
    .argument('<ref>', 'INC-42, 42 or the id')
    .argument('<text...>', 'the note (- reads stdin)')
    .option('--at <time>', 'when it happened (ISO 8601, "15m ago")', instant('--at'))
    .option('--pin', 'pin it as a key moment')
    .option('--json', 'print the timeline entry as JSON')
    .action((ref: string, text: string[], o: Json & { at?: string; pin?: boolean }) =>
      post(
        ref,
        '/timeline',
        checkBody(TimelineEntryBody, { body: words(text), occurredAt: o.at, pinned: !!o.pin }),
        o,
        (e) => `Noted on ${ref} (#${e.id}${e.pinned ? ', pinned' : ''}, at ${when(e.occurredAt)})`,
      ),
    );

  incident
    .command('comment')
    .description('war-room comment (technical, internal; not shown to stakeholders)')
    .argument('<ref>', 'INC-42, 42 or the id')
    .argument('<text...>', 'the comment (- reads stdin)')
    .option('--json', 'print the timeline entry as JSON')
    .action((ref: string, text: string[], o: Json) =>
      post(ref, '/comments', checkBody(CommentBody, { body: words(text) }), o, (e) => `Commented on ${ref} (#${e.id})`),
    );

  incident
    .command('tell')
    .description('post a stakeholder update, in plain language')
    .argument('<ref>', 'INC-42, 42 or the id')
    .argument('<text...>', 'the update (- reads stdin)')
    .option('--json', 'print the timeline entry as JSON')
    .action((ref: string, text: string[], o: Json) =>
      post(ref, '/updates', checkBody(StakeholderUpdateBody, { body: words(text) }), o, (e) => {
        const next = typeof e.data.nextUpdateDueAt === 'string' ? `; next update due ${when(e.data.nextUpdateDueAt)}` : '';
        return `Stakeholders updated on ${ref} (#${e.id})${next}`;
      }),
    );
}
