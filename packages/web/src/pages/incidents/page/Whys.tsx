import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { send } from '../../../api/client.ts';
import type { Incident, Why } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { useIncidentChange } from './mutations.ts';
import { EditableText } from './TicketSection.tsx';

function WhyItem({ incident, why, n }: { incident: Incident; why: Why; n: number }) {
  const answer = useIncidentChange(incident.ref, (text: string) =>
    send<Incident>('PATCH', `/incidents/${encodeURIComponent(incident.ref)}/whys/${why.id}`, { answer: text || null }),
  );
  // One whys system: once in the retrospective's five whys, it is answered (or ended) there.
  if (why.inRetrospective)
    return (
      <li>
        <Text size="sm" fw={600}>
          {n}. {why.question}
        </Text>
        <Text size="xs" c="dimmed">
          {why.answer ? `${why.answer} · ` : ''}
          <Anchor component={Link} to={`/retros/${incident.ref}`} size="xs" underline="always">
            In the retrospective’s five whys
          </Anchor>
        </Text>
      </li>
    );
  return (
    <li>
      <Text size="sm" fw={600}>
        {n}. {why.question}
      </Text>
      <EditableText
        label={`Answer to why ${n}`}
        value={why.answer ?? ''}
        placeholder="Open: not answered yet."
        canEdit={incident.abilities.update}
        onSave={(t) => answer.mutateAsync(t)}
        rows={2}
      />
    </li>
  );
}

/** The chain of whys, each with its answer or marked open. */
export function Whys({ incident }: { incident: Incident }) {
  const [question, setQuestion] = useState('');
  const ask = useIncidentChange(incident.ref, (q: string) =>
    send<Incident>('POST', `/incidents/${encodeURIComponent(incident.ref)}/whys`, { question: q }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return;
    ask.mutate(question.trim(), { onSuccess: () => setQuestion('') });
  };
  const whys = incident.ticket.whys;
  return (
    <Stack gap="xs">
      {whys.length === 0 && (
        <Text size="sm" c="dimmed">
          No whys yet. Ask why the root cause happened, then why that happened.
        </Text>
      )}
      {whys.length > 0 && (
        <ol style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8 }}>
          {whys.map((w, i) => (
            <WhyItem key={w.id} incident={incident} why={w} n={i + 1} />
          ))}
        </ol>
      )}
      {incident.abilities.update && (
        <form onSubmit={submit}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label="Ask why"
              placeholder="Why did…?"
              size="xs"
              style={{ flex: 1 }}
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
            />
            <Button type="submit" size="xs" variant="default" loading={ask.isPending}>
              Ask why
            </Button>
          </Group>
          <InlineError error={ask.error} />
        </form>
      )}
    </Stack>
  );
}
