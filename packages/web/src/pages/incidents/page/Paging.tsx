import { Button, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useIncidentPages } from '../../../api/paging.ts';
import type { Incident } from '../../../api/types.ts';
import { Section } from './TicketSection.tsx';

// Kept tiny, it ships with the incident page: the page list and the "Page" dialog load only when an
// incident has pages or someone opens the dialog.
const PageList = lazy(() => import('./PageList.tsx').then((m) => ({ default: m.PageList })));
const PageDialog = lazy(() => import('./PageDialog.tsx').then((m) => ({ default: m.PageDialog })));

/** Who has been paged about this incident, and a "Page" action that suggests the on-call of its services first. */
export function Paging({ incident }: { incident: Incident }) {
  const q = useIncidentPages(incident.ref);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pages = q.data ?? [];
  const waiting = pages.filter((p) => p.status === 'open').length;
  const can = incident.abilities.comment;
  return (
    <Section
      title={`Pages${pages.length ? ` (${pages.length}${waiting ? `, ${waiting} not acknowledged` : ''})` : ''}`}
      id="pages"
      right={
        can && (
          <Button ref={button} size="compact-xs" variant="light" leftSection={<IconBellRinging size={12} />} onClick={() => setOpen(true)}>
            Page
          </Button>
        )
      }
    >
      {q.error ? (
        <Text size="sm" c="red">
          Pages could not load.
        </Text>
      ) : !q.data ? null : pages.length ? (
        <Suspense
          fallback={
            <Text size="sm" c="dimmed">
              Loading pages…
            </Text>
          }
        >
          <PageList pages={pages} />
        </Suspense>
      ) : (
        <Text size="sm" c="dimmed">
          Nobody has been paged about this incident.
        </Text>
      )}
      {open && (
        <Suspense fallback={null}>
          <PageDialog
            incidentRef={incident.ref}
            onClose={() => {
              setOpen(false);
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </Suspense>
      )}
    </Section>
  );
}
