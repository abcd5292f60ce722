import { Container, Select, Skeleton, Tabs, Text } from '@mantine/core';
import { Fragment, lazy, type ReactNode, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { JobSettings } from './JobSettings.tsx';
import { RolesSettings } from './RolesSettings.tsx';
import { SeveritySettings } from './SeveritySettings.tsx';
import { UserSettings } from './UserSettings.tsx';
import { WebhookSettings } from './WebhookSettings.tsx';
import './settings.css';

// Their own chunks: only admins who open the audit log, alert routing or the status page load them.
const AlertRoutingSettings = lazy(() => import('./AlertRoutingSettings.tsx').then((m) => ({ default: m.AlertRoutingSettings })));
const AuditSettings = lazy(() => import('./AuditSettings.tsx').then((m) => ({ default: m.AuditSettings })));
const MaintenanceSettings = lazy(() => import('./MaintenanceSettings.tsx').then((m) => ({ default: m.MaintenanceSettings })));
const HeartbeatSettings = lazy(() => import('./HeartbeatSettings.tsx').then((m) => ({ default: m.HeartbeatSettings })));
const CommsSettings = lazy(() => import('./CommsSettings.tsx').then((m) => ({ default: m.CommsSettings })));
const StatusPageSettings = lazy(() => import('./StatusPageSettings.tsx').then((m) => ({ default: m.StatusPageSettings })));
const ChatSettings = lazy(() => import('./ChatSettings.tsx').then((m) => ({ default: m.ChatSettings })));

const lazyPanel = (node: ReactNode) => <Suspense fallback={<Skeleton height={200} />}>{node}</Suspense>;

/** The tabs in groups: a grouped column of tabs on wide screens, one grouped picker on phones (a dozen tabs in a row wrap into a wall). */
const GROUPS: { group: string; tabs: { value: string; label: string; panel: () => ReactNode }[] }[] = [
  {
    group: 'Incidents',
    tabs: [
      { value: 'severities', label: 'Severities', panel: () => <SeveritySettings /> },
      { value: 'roles', label: 'Incident roles', panel: () => <RolesSettings /> },
      { value: 'communication', label: 'Communication', panel: () => lazyPanel(<CommsSettings />) },
      { value: 'status-page', label: 'Status page', panel: () => lazyPanel(<StatusPageSettings />) },
    ],
  },
  { group: 'People', tabs: [{ value: 'users', label: 'Users', panel: () => <UserSettings /> }] },
  {
    group: 'Alerts',
    tabs: [
      { value: 'alert-routing', label: 'Alert routing', panel: () => lazyPanel(<AlertRoutingSettings />) },
      { value: 'maintenance', label: 'Maintenance windows', panel: () => lazyPanel(<MaintenanceSettings />) },
      { value: 'heartbeats', label: 'Heartbeats', panel: () => lazyPanel(<HeartbeatSettings />) },
    ],
  },
  {
    group: 'System',
    tabs: [
      { value: 'chat', label: 'Chat', panel: () => lazyPanel(<ChatSettings />) },
      { value: 'webhooks', label: 'Webhooks & chat', panel: () => <WebhookSettings /> },
      { value: 'jobs', label: 'Background jobs', panel: () => <JobSettings /> },
      { value: 'audit', label: 'Audit log', panel: () => lazyPanel(<AuditSettings />) },
    ],
  },
];
const ALL = GROUPS.flatMap((g) => g.tabs);

/** Admin settings: severities, incident roles, communication, the public status page, people, alert set-up (routing, maintenance windows, heartbeats), webhooks and chat, background jobs, the audit log. */
export function SettingsPage() {
  const { tab = 'severities' } = useParams();
  const navigate = useNavigate();
  const user = useUser();
  if (user.role !== 'admin') {
    return (
      <>
        <PageHeader title="Settings" />
        <EmptyState title="Settings need the admin role">Ask an admin to change severities, roles or people.</EmptyState>
      </>
    );
  }
  const go = (v: string | null) => v && navigate(`/settings/${v}`, { replace: true });
  // A mistyped or outdated address (/settings/integrations) says so instead of showing an empty panel.
  const known = ALL.some((t) => t.value === tab);
  return (
    <>
      <PageHeader title="Settings" subtitle="How this Firebreak works for everyone." />
      <Container size={1180} px="md" py="md">
        <Select
          hiddenFrom="sm"
          label="Settings section"
          mb="md"
          data={GROUPS.map((g) => ({ group: g.group, items: g.tabs.map((t) => ({ value: t.value, label: t.label })) }))}
          value={known ? tab : null}
          onChange={go}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {/* Wide screens: the groups as a column of tabs beside the panel (a dozen tabs in a row wrapped into two ragged lines). */}
        <Tabs value={tab} onChange={go} keepMounted={false} orientation="vertical" variant="pills" className="fb-settings-tabs">
          {/* One tab list (arrow keys and Tab reach every section), its groups headed by their names. */}
          <Tabs.List visibleFrom="sm" className="fb-settings-nav" aria-label="Settings sections">
            {GROUPS.map((g) => (
              <Fragment key={g.group}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" className="fb-settings-group">
                  {g.group}
                </Text>
                {g.tabs.map((t) => (
                  <Tabs.Tab key={t.value} value={t.value}>
                    {t.label}
                  </Tabs.Tab>
                ))}
              </Fragment>
            ))}
          </Tabs.List>
          {ALL.map((t) => (
            <Tabs.Panel key={t.value} value={t.value} className="fb-settings-panel">
              {t.panel()}
            </Tabs.Panel>
          ))}
          {!known && (
            <div className="fb-settings-panel">
              <EmptyState title="No such settings section">There is no section called “{tab}”. Choose one from the list.</EmptyState>
            </div>
          )}
        </Tabs>
      </Container>
    </>
  );
}
