import { ANSWER_PROMPTS } from '@firebreak/shared';
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { type AnswerView, type RetroView, retroApi, retroKeys } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { useRetroRef } from './context.ts';
import { FindingList, LanguageHints } from './LanguageHints.tsx';
import { FindingsPill } from './Pill.tsx';

type Key = (typeof ANSWER_PROMPTS)[number]['key'];
const empty = { whatHappened: '', surprised: '', stuck: '', wouldHaveHelped: '' } as Record<Key, string>;

function MyAnswer({ invited }: { invited: boolean }) {
  const rid = useRetroRef();
  const qc = useQueryClient();
  const mine = useQuery({
    queryKey: [...retroKeys.all(rid), 'mine'],
    queryFn: () => retroApi.myAnswer(rid).catch((e: { status?: number }) => (e.status === 404 ? null : Promise.reject(e))),
  });
  const [values, setValues] = useState<Record<Key, string>>(empty);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (mine.data) {
      setValues({
        whatHappened: mine.data.whatHappened,
        surprised: mine.data.surprised,
        stuck: mine.data.stuck,
        wouldHaveHelped: mine.data.wouldHaveHelped,
      });
      setAnonymous(mine.data.anonymous);
    }
  }, [mine.data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await retroApi.answer(rid, { ...values, anonymous });
      setSaved(true);
      void qc.invalidateQueries({ queryKey: retroKeys.all(rid) });
      void qc.invalidateQueries({ queryKey: retroKeys.tasks });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Your view">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Your view{invited ? '' : ' (you were not on this incident; you may still add one)'}
        </Text>
        {ANSWER_PROMPTS.map((p) => (
          <div key={p.key}>
            <Textarea
              label={p.prompt}
              autosize
              minRows={2}
              size="sm"
              value={values[p.key]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setSaved(false);
                setValues((cur) => ({ ...cur, [p.key]: v }));
              }}
            />
            <LanguageHints text={values[p.key]} label={`Language review of “${p.prompt}”`} />
          </div>
        ))}
        <Checkbox
          label="Answer anonymously (nobody, admins included, can see it was you)"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
        />
        <InlineError error={error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {mine.data ? 'Update my view' : 'Share my view'}
          </Button>
          {saved && (
            <Text size="xs" role="status">
              Saved{anonymous ? ' anonymously' : ''}.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * One person's view. Its wording is reviewed like the sections' (the server's findings: rules, and the
 * learned layer once the text's vectors are stored), so what the publish check will list is visible here.
 */
function AnswerCard({ a }: { a: AnswerView }) {
  const who = a.author ? a.author.name : 'Anonymous';
  const flagged = ANSWER_PROMPTS.reduce((n, p) => n + a.findings[p.key].length, 0);
  return (
    <Paper withBorder p="xs" radius="md">
      <Group gap={6} mb={4}>
        <Text size="sm" fw={600}>
          {who}
        </Text>
        {a.mine && (
          <Badge size="xs" variant="outline">
            you
          </Badge>
        )}
        {flagged > 0 && <FindingsPill>{flagged} to reconsider</FindingsPill>}
      </Group>
      <Stack gap={4}>
        {ANSWER_PROMPTS.filter((p) => a[p.key].trim()).map((p) => (
          <div key={p.key}>
            <Text size="xs" c="dimmed">
              {p.prompt}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {a[p.key]}
            </Text>
            <FindingList
              text={a[p.key]}
              findings={a.findings[p.key]}
              label={`Wordings to reconsider in ${who}'s answer to “${p.prompt}”`}
            />
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** Everyone's view: the four questions, answered attributed or anonymously, and who has answered. */
export function Answers({ retro, title, prompt }: { retro: RetroView; title: string; prompt: string }) {
  const p = retro.participation;
  return (
    <section className="fb-retro-section" aria-labelledby="answers-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="answers-title">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {p.answered} of {p.invited} asked have answered
          {p.attributed.length ? ` · ${p.attributed.map((x) => x.name).join(', ')}` : ''}
          {p.anonymous ? ` · ${p.anonymous} anonymous` : ''}
        </Text>
      </Group>
      {prompt && (
        <Text size="xs" c="dimmed" mt={2}>
          {prompt}
        </Text>
      )}
      <Stack gap="xs" mt={6}>
        {retro.answers.length === 0 && (
          <Text size="sm" c="dimmed" fs="italic">
            No answers yet. Everyone who took part is asked; answers appear here.
          </Text>
        )}
        {retro.answers.map((a) => (
          <AnswerCard key={a.id} a={a} />
        ))}
        {retro.abilities.answer && <MyAnswer invited={p.you.invited} />}
      </Stack>
    </section>
  );
}
