import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { value: '/oncall', label: 'Schedules' },
  { value: '/oncall/me', label: 'My on-call' },
  { value: '/oncall/policies', label: 'Escalation policies' },
  { value: '/oncall/load', label: 'Load' },
];

/** The on-call section's own navigation, under the page header. */
export function OnCallNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current =
    TABS.slice()
      .reverse()
      .find((t) => pathname === t.value || (t.value !== '/oncall' && pathname.startsWith(`${t.value}/`)))?.value ?? '/oncall';
  return (
    <Tabs value={current} onChange={(v) => v && navigate(v)} px="md" mt="xs" aria-label="On-call sections">
      <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
        {TABS.map((t) => (
          <Tabs.Tab key={t.value} value={t.value} style={{ whiteSpace: 'nowrap' }}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
