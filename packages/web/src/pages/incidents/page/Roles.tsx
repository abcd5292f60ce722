import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import { send } from '../../../api/client.ts';
import { useRoleTypes } from '../../../api/queries.ts';
import type { Incident, RoleType } from '../../../api/types.ts';
import { useUser } from '../../../app/session.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { useIncidentChange } from './mutations.ts';

// The people search (a combobox) loads when someone opens a role's picker; until then its field is
// drawn in place, so the popover keeps its size.
const RolePicker = lazy(() => import('./RolePicker.tsx').then((m) => ({ default: m.RolePicker })));

const SHORT: Record<string, string> = { commander: 'Commander', comms_lead: 'Comms' };

function RoleControl({ incident, type }: { incident: Incident; type: RoleType }) {
  const me = useUser();
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  const holder = incident.roles.find((r) => r.role === type.key);
  const assign = useIncidentChange(incident.ref, (user: string | null) =>
    send<Incident>('POST', `/incidents/${encodeURIComponent(incident.ref)}/roles`, { role: type.key, user }),
  );
  const done = (user: string | null) =>
    assign.mutate(user, {
      onSuccess: () => {
        setOpened(false);
        // Focus goes back to the control that opened the picker, never to the page top.
        requestAnimationFrame(() => target.current?.focus());
      },
    });
  const short = SHORT[type.key] ?? type.name;
  const label = holder ? `${short}: ${holder.user.name}` : `No ${short.toLowerCase()}`;
  if (!incident.abilities.assignRoles) {
    return (
      <Text span size="sm" c={holder ? undefined : 'dimmed'}>
        {label}
      </Text>
    );
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={300} trapFocus withArrow returnFocus>
      <Popover.Target>
        <Button
          ref={target}
          variant="subtle"
          color="gray"
          size="compact-sm"
          onClick={() => setOpened((o) => !o)}
          aria-label={holder ? `${type.name}: ${holder.user.name}. Hand over` : `Assign ${type.name}`}
          fw={holder ? 500 : 600}
          c={holder ? 'var(--mantine-color-text)' : 'var(--fb-danger-text)'}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {type.description}
          </Text>
          <Group gap="xs">
            {holder?.user.id !== me.id && (
              <Button size="xs" variant="light" onClick={() => done(me.id)} loading={assign.isPending} data-autofocus>
                Assign me
              </Button>
            )}
            {holder && (
              <Button size="xs" variant="subtle" color="gray" onClick={() => done(null)}>
                Unassign
              </Button>
            )}
          </Group>
          <Suspense
            fallback={<TextInput label={holder ? 'Hand over to' : 'Assign to'} placeholder="Search people" readOnly tabIndex={-1} />}
          >
            <RolePicker label={holder ? 'Hand over to' : 'Assign to'} onPick={done} />
          </Suspense>
          <InlineError error={assign.error} />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Who is on it: one control per role type, to assign or hand over. */
export function Roles({ incident }: { incident: Incident }) {
  const types = useRoleTypes();
  const list = types.data ?? [
    { key: 'commander', name: 'Incident commander', description: '', rank: 1 },
    { key: 'comms_lead', name: 'Communications lead', description: '', rank: 2 },
  ];
  return (
    <>
      {list.map((t, i) => (
        <span key={t.key} style={{ display: 'contents' }}>
          {i > 0 && (
            <Text span c="dimmed" aria-hidden className="fb-dot">
              ·
            </Text>
          )}
          <RoleControl incident={incident} type={t} />
        </span>
      ))}
    </>
  );
}
