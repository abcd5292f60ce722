import { Text, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconArrowRight, IconClock, IconFlame, IconPalette, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import '@mantine/spotlight/styles.css';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { qs, request } from '../api/client.ts';
import { useQuickSearch } from '../api/search.ts';
import type { IncidentSummary, Page } from '../api/types.ts';
import { Snippet } from '../components/Snippet.tsx';
import { STATUS_LABEL } from '../lib/labels.ts';
import { timeZonePref } from '../lib/time.ts';
import { openDeclare, type PaletteAction, pageActions } from './commands.ts';
import { canWork, useUser } from './session.ts';

/** Ctrl/Cmd-K: declare, jump to an incident, change status, post an update, go anywhere. */
export function CommandPalette({ requests }: { requests: number }) {
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const navigate = useNavigate();
  const user = useUser();
  const page = pageActions.use();
  const tz = timeZonePref.use();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const incidents = useQuery({
    queryKey: ['palette-incidents', debounced],
    queryFn: ({ signal }) =>
      request<Page<IncidentSummary>>(
        'GET',
        `/incidents${qs(debounced ? { q: debounced, limit: 8 } : { status: 'active', limit: 6 })}`,
        undefined,
        signal,
      ),
    enabled: opened,
    staleTime: 5_000,
  });

  // Words search everything the person may read (with snippets); incidents above stay the quick jump by title or ref.
  const quick = useQuickSearch(debounced, opened);
  const hits = (quick.data?.data ?? []).filter((h) => !(h.kind === 'incident' && h.label === 'incident'));
  const hitUrl = (url: string, ref: string | undefined) =>
    user.role === 'viewer' && ref && url.startsWith('/incidents/') ? `/incidents/${ref}/status-page` : url;

  // Every request (key or button) opens it; the first one also loaded this code.
  useEffect(() => {
    if (requests > 0) spotlight.open();
  }, [requests]);
  const go = (to: string) => () => navigate(to);
  const statics: PaletteAction[] = [
    ...(canWork(user)
      ? [
          {
            id: 'declare',
            group: 'Actions',
            label: 'Declare incident',
            description: 'Shortcut: D',
            icon: <IconFlame size={16} />,
            run: openDeclare,
            keywords: ['new', 'create', 'open'],
          },
        ]
      : []),
    { id: 'go-incidents', group: 'Go to', label: 'Incidents', icon: <IconArrowRight size={16} />, run: go('/incidents') },
    ...(canWork(user)
      ? [{ id: 'go-follow-ups', group: 'Go to', label: 'My follow-ups', icon: <IconArrowRight size={16} />, run: go('/follow-ups') }]
      : []),
    ...(canWork(user)
      ? [
          {
            id: 'go-maintenance',
            group: 'Go to',
            label: 'Scheduled maintenance',
            description: 'Planned work on the public status page',
            icon: <IconArrowRight size={16} />,
            run: go('/status-page/maintenance'),
            keywords: ['status page', 'planned'],
          },
        ]
      : []),
    { id: 'go-services', group: 'Go to', label: 'Services', icon: <IconArrowRight size={16} />, run: go('/services') },
    { id: 'go-teams', group: 'Go to', label: 'Teams', icon: <IconArrowRight size={16} />, run: go('/teams') },
    ...(user.role === 'admin'
      ? [{ id: 'go-settings', group: 'Go to', label: 'Settings', icon: <IconArrowRight size={16} />, run: go('/settings') }]
      : []),
    { id: 'go-account', group: 'Go to', label: 'Account and API tokens', icon: <IconArrowRight size={16} />, run: go('/account') },
    {
      id: 'theme',
      group: 'Preferences',
      label: scheme === 'dark' ? 'Use the light theme' : 'Use the dark theme',
      icon: <IconPalette size={16} />,
      run: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    },
    {
      id: 'tz',
      group: 'Preferences',
      label: tz === 'utc' ? 'Show times in local time' : 'Show times in UTC',
      icon: <IconClock size={16} />,
      run: () => timeZonePref.set(tz === 'utc' ? 'local' : 'utc'),
    },
  ];
  const q = query.trim().toLowerCase();
  const matches = (a: PaletteAction) => !q || `${a.label} ${a.description ?? ''} ${(a.keywords ?? []).join(' ')}`.toLowerCase().includes(q);
  const found = [...page, ...statics].filter(matches);
  const groups = new Map<string, PaletteAction[]>();
  for (const a of found) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  const list = incidents.data?.data ?? [];

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      attributes={{ content: { 'aria-label': 'Command palette' } }}
      scrollable
      maxHeight={440}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
    >
      <Spotlight.Search
        placeholder="Search incidents, or type a command…"
        leftSection={<IconSearch size={16} />}
        aria-label="Search incidents or commands"
      />
      <Spotlight.ActionsList>
        {[...groups.entries()].map(([group, actions]) => (
          <Spotlight.ActionsGroup key={group} label={group}>
            {actions.map((a) => (
              <Spotlight.Action key={a.id} label={a.label} description={a.description} leftSection={a.icon} onClick={a.run} />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {list.length > 0 && (
          <Spotlight.ActionsGroup label={debounced ? 'Incidents' : 'Active incidents'}>
            {list.map((i) => (
              <Spotlight.Action
                key={i.id}
                label={`${i.ref} · ${i.title}`}
                description={`${i.severity?.name ?? 'No severity'} · ${STATUS_LABEL[i.status]}${i.services.length ? ` · ${i.services.map((s) => s.name).join(', ')}` : ''}`}
                onClick={() => navigate(user.role === 'viewer' ? `/incidents/${i.ref}/status-page` : `/incidents/${i.ref}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label="Found in timelines, tickets, retrospectives">
            {hits.map((h) => (
              <Spotlight.Action key={h.id} onClick={() => navigate(hitUrl(h.url, h.incident?.ref))}>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {h.incident ? `${h.incident.ref} · ${h.incident.title}` : h.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {h.label.replace(/_/g, ' ')}
                    {h.snippet.length > 0 && ': '}
                    <Snippet parts={h.snippet} />
                  </Text>
                </div>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {debounced && (
          <Spotlight.ActionsGroup label="Search">
            <Spotlight.Action
              label={`Search everything for "${debounced}"`}
              description="Results with filters by service, severity, status and date"
              leftSection={<IconSearch size={16} />}
              onClick={() => navigate(`/search?q=${encodeURIComponent(debounced)}`)}
            />
          </Spotlight.ActionsGroup>
        )}
        {found.length === 0 && list.length === 0 && !debounced && (
          <Spotlight.Empty>{incidents.isFetching ? 'Searching…' : `Nothing matches "${query}"`}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
