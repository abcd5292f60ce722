import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type RetroView, retroApi, storeRetro } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { useRetroRef } from './context.ts';

/** Should this incident get a deep investigation? The suggestion with its reasons, and people's decision. */
export function Depth({ retro }: { retro: RetroView }) {
  const rid = useRetroRef();
  const qc = useQueryClient();
  const { suggestion, decision } = retro.depth;
  const [choice, setChoice] = useState<'deep' | 'standard'>(suggestion.suggestion);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async () => {
    setBusy(true);
    setError(null);
    try {
      storeRetro(qc, rid, await retroApi.decideDepth(rid, choice, reason));
      setReason('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="fb-retro-section" aria-labelledby="depth-title">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h5" id="depth-title">
          Investigation depth
        </Title>
        <Text size="xs" fw={600}>
          Suggested: {suggestion.suggestion} ({suggestion.score} {suggestion.score === 1 ? 'point' : 'points'})
        </Text>
      </Group>
      <Stack gap={2} component="ul" style={{ paddingLeft: 18, margin: '6px 0' }}>
        {suggestion.reasons.length === 0 && (
          <Text component="li" size="xs" c="dimmed">
            No reason for a deep investigation found.
          </Text>
        )}
        {suggestion.reasons.map((r) => (
          <Text component="li" size="xs" key={r.text}>
            +{r.points} {r.text}
          </Text>
        ))}
      </Stack>
      {decision && (
        <Text size="sm" mb={6}>
          Decided: <b>{decision.decision}</b>
          {decision.reason ? ` — ${decision.reason}` : ''}
          {decision.decidedBy ? ` (${decision.decidedBy.name}, ${decision.decidedAt.slice(0, 10)})` : ''}
        </Text>
      )}
      {retro.abilities.decideDepth && (
        <Stack gap={6}>
          <SegmentedControl
            size="xs"
            value={choice}
            onChange={(v) => setChoice(v as 'deep' | 'standard')}
            data={[
              { value: 'standard', label: 'Standard' },
              { value: 'deep', label: 'Deep' },
            ]}
            aria-label="Depth decision"
          />
          <TextInput size="xs" label="Reason for the decision" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <InlineError error={error} />
          <Button size="xs" variant="default" onClick={decide} loading={busy} style={{ alignSelf: 'flex-start' }}>
            {decision ? 'Change decision' : 'Record decision'}
          </Button>
        </Stack>
      )}
    </section>
  );
}
