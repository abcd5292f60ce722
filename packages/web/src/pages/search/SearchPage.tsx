import { type FacetCount, SEARCH_FACET_LIMIT, type SearchFacets, type SearchResult } from '@firebreak/shared';
import { Anchor, Badge, Button, Card, Collapse, Container, Grid, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconLock, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type SearchParams, useSearch } from '../../api/search.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { Snippet } from '../../components/Snippet.tsx';
import { Time } from '../../components/Time.tsx';
import { STATUS_LABEL } from '../../lib/labels.ts';

const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const KIND_LABEL: Record<SearchResult['kind'], string> = {
  incident: 'Incident',
  timeline: 'Timeline',
  retro: 'Retrospective',
  followup: 'Follow-up',
  alert: 'Alert',
};
/** Facets in the order they are shown, with the URL parameter each sets. */
const FACETS: { key: keyof Omit<SearchFacets, 'total' | 'capped'>; param: string; title: string }[] = [
  { key: 'kind', param: 'kind', title: 'Type' },
  { key: 'date', param: 'date', title: 'Date' },
  { key: 'status', param: 'status', title: 'Status' },
  { key: 'severity', param: 'severity', title: 'Severity' },
  { key: 'service', param: 'service', title: 'Service' },
  { key: 'hasRetro', param: 'hasRetro', title: 'Retrospective' },
];

/** Full-text search with facets: the URL holds the query and the chosen facets, so results can be shared. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [filtersOpen, filters] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 48em)');
  const date = params.get('date') ?? '';
  // The date bucket becomes `from`, a day-rounded instant so the query key stays put while the page is open.
  const from = DAYS[date] ? new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - (DAYS[date] - 1) * 86_400_000).toISOString() : '';
  const query: SearchParams = {
    q,
    kind: params.get('kind') ?? '',
    service: params.get('service') ?? '',
    severity: params.get('severity') ?? '',
    status: params.get('status') ?? '',
    hasRetro: params.get('hasRetro') ?? '',
    from,
  };
  const search = useSearch(query);
  const pages = search.data?.pages ?? [];
  const results = pages.flatMap((p) => p.data);
  const facets = pages[0]?.facets ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    next.set('q', draft.trim());
    setParams(next);
  };
  const toggle = (param: string, value: string) => {
    const next = new URLSearchParams(params);
    if (next.get(param) === value) next.delete(param);
    else next.set(param, value);
    setParams(next);
  };
  const chosen = FACETS.filter((f) => params.get(f.param));

  const facetPanel = facets && (
    <Stack gap="md" aria-label="Filters" component="nav">
      {facets.capped && (
        <Text size="xs" c="dimmed">
          Ranked and counted over the {SEARCH_FACET_LIMIT.toLocaleString('en-US')} newest matches.
        </Text>
      )}
      {FACETS.map((f) =>
        facets[f.key].length ? (
          <FacetGroup key={f.key} title={f.title} counts={facets[f.key]} active={params.get(f.param)} onPick={(v) => toggle(f.param, v)} />
        ) : null,
      )}
    </Stack>
  );

  return (
    <>
      <PageHeader title="Search" subtitle="Incidents, timelines, retrospectives, follow-ups and alerts you can see" />
      <Container size={1100} py="md" px="md">
        <search>
          <form onSubmit={submit}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label="Search for"
                description='Words must all match; "a phrase", prefix*, -exclude, OR'
                value={draft}
                onChange={(e) => setDraft(e.currentTarget.value)}
                leftSection={<IconSearch size={16} />}
                style={{ flex: 1 }}
                type="search"
                autoFocus={!q}
              />
              <Button type="submit">Search</Button>
            </Group>
          </form>
        </search>
        {!q ? (
          <EmptyState icon={<IconSearch size={28} />} title="Search what your team has learned">
            Past incidents, what was said in the war room, retrospectives and follow-ups. Try a service, an error or a symptom.
          </EmptyState>
        ) : search.isPending ? (
          <PageSkeleton rows={4} />
        ) : search.error ? (
          <div style={{ paddingTop: 16 }}>
            <ErrorNote error={search.error} />
          </div>
        ) : (
          <Grid mt="md" gap="lg">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              {phone ? (
                <>
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconAdjustmentsHorizontal size={14} />}
                    onClick={filters.toggle}
                    aria-expanded={filtersOpen}
                  >
                    Filters{chosen.length ? ` (${chosen.length})` : ''}
                  </Button>
                  <Collapse expanded={filtersOpen}>
                    <div style={{ paddingTop: 12 }}>{facetPanel}</div>
                  </Collapse>
                </>
              ) : (
                facetPanel
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 9 }}>
              <Text size="sm" c="dimmed" mb="sm" aria-live="polite">
                {facets?.capped
                  ? `${SEARCH_FACET_LIMIT.toLocaleString('en-US')}+ matches`
                  : facets?.total === 1
                    ? '1 match'
                    : `${facets?.total ?? results.length} matches`}
                {chosen.length > 0 && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/search?q=${encodeURIComponent(q)}`} size="sm" underline="always">
                      clear filters
                    </Anchor>
                  </>
                )}
              </Text>
              {results.length === 0 ? (
                <EmptyState icon={<IconSearch size={28} />} title={`Nothing matches "${q}"`}>
                  Try fewer words, a prefix like {q.split(/\s+/)[0]}*, or clear the filters.
                </EmptyState>
              ) : (
                <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Results">
                  {results.map((r) => (
                    <ResultCard key={r.id} r={r} />
                  ))}
                </Stack>
              )}
              {search.hasNextPage && (
                <Button variant="default" mt="md" onClick={() => search.fetchNextPage()} loading={search.isFetchingNextPage}>
                  More results
                </Button>
              )}
            </Grid.Col>
          </Grid>
        )}
      </Container>
    </>
  );
}

function FacetGroup({
  title,
  counts,
  active,
  onPick,
}: {
  title: string;
  counts: FacetCount[];
  active: string | null;
  onPick: (v: string) => void;
}) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {title}
      </Text>
      <Stack gap={2}>
        {counts.map((c) => (
          <UnstyledButton
            key={c.value}
            onClick={() => onPick(c.value)}
            aria-pressed={active === c.value}
            className="fb-facet"
            data-active={active === c.value || undefined}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {title === 'Status' ? (STATUS_LABEL[c.value as keyof typeof STATUS_LABEL] ?? c.label) : c.label}
              </Text>
              <Text size="xs" c="dimmed">
                {c.count}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </div>
  );
}

function ResultCard({ r }: { r: SearchResult }) {
  const user = useUser();
  // Stakeholders read incidents on their status page.
  const to = user.role === 'viewer' && r.incident && r.url.startsWith('/incidents/') ? `/incidents/${r.incident.ref}/status-page` : r.url;
  return (
    <Card component="li" withBorder padding="sm" radius="md">
      <Group gap={6} mb={4} wrap="wrap">
        <Badge variant="light" size="sm">
          {KIND_LABEL[r.kind]}
        </Badge>
        <Text size="xs" c="dimmed">
          {r.label.replace(/_/g, ' ')} · <Time iso={r.at} />
        </Text>
        {r.incident?.private && (
          <Badge variant="outline" color="gray" size="sm" leftSection={<IconLock size={10} />}>
            Private
          </Badge>
        )}
      </Group>
      <Anchor component={Link} to={to} fw={600} size="sm">
        {r.incident ? `${r.incident.ref} · ${r.incident.title}` : r.title}
      </Anchor>
      {r.incident && r.title && r.title !== r.incident.title && (
        <Text size="sm" fw={500}>
          {r.title}
        </Text>
      )}
      {r.snippet.length > 0 && (
        <Text size="sm" mt={4} className="fb-snippet">
          <Snippet parts={r.snippet} />
        </Text>
      )}
    </Card>
  );
}
