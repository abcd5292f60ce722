import type { RetroHistoryEntry } from '@firebreak/shared';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { qs, request } from '../../api/client.ts';
import { retroKeys, retroPath } from '../../api/retros.ts';
import { retroStep } from '../../lib/retroSteps.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Time } from '../Time.tsx';

/** The retrospective's own history, newest first: every save, why and answer (the incident timeline keeps only its steps). */
export function History({ retroId }: { retroId: string }) {
  const history = useInfiniteQuery({
    queryKey: [...retroKeys.all(retroId), 'history'],
    queryFn: ({ pageParam, signal }) =>
      request<{ data: RetroHistoryEntry[]; nextCursor: string | null }>(
        'GET',
        `${retroPath(retroId)}/history${qs({ limit: 30, cursor: pageParam })}`,
        undefined,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = history.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <section className="fb-retro-section" aria-labelledby="history-title">
      <Title order={2} size="h5" id="history-title">
        History
      </Title>
      <InlineError error={history.error} />
      <Stack gap={2} mt={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Changes, newest first">
        {entries.map((e) => (
          <Text component="li" size="xs" key={e.id}>
            <Text span size="xs" c="dimmed">
              <Time iso={e.at} />
            </Text>{' '}
            <b>{e.actor?.name ?? 'Someone'}</b> {retroStep(e.kind, e.data)}
          </Text>
        ))}
      </Stack>
      {history.hasNextPage && (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => history.fetchNextPage()} loading={history.isFetchingNextPage}>
          Older changes
        </Button>
      )}
    </section>
  );
}
