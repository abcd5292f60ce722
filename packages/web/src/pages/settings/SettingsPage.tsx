import { Container, Skeleton, Tabs } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { JobSettings } from './JobSettings.tsx';
import { RolesSettings } from './RolesSettings.tsx';
import { SeveritySettings } from './SeveritySettings.tsx';
import { UserSettings } from './UserSettings.tsx';
import { WebhookSettings } from './WebhookSettings.tsx';

// Their own chunks: only admins who open the audit log or alert routing load them.
const AlertRoutingSettings = lazy(() => import('./AlertRoutingSettings.tsx').then((m) => ({ default: m.AlertRoutingSettings })));
const AuditSettings = lazy(() => import('./AuditSettings.tsx').then((m) => ({ default: m.AuditSettings })));
const MaintenanceSettings = lazy(() => import('./MaintenanceSettings.tsx').then((m) => ({ default: m.MaintenanceSettings })));
const HeartbeatSettings = lazy(() => import('./HeartbeatSettings.tsx').then((m) => ({ default: m.HeartbeatSettings })));
const CommsSettings = lazy(() => import('./CommsSettings.tsx').then((m) => ({ default: m.CommsSettings })));

/** Admin settings: severities, incident roles, communication (reminders, jargon, templates), people, alert set-up (routing, maintenance windows, heartbeats), webhooks and chat, background jobs, the audit log. */
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
  return (
    <>
      <PageHeader title="Settings" subtitle="How this Firebreak works for everyone." />
      <Container size={980} px="md" py="md">
        <Tabs value={tab} onChange={(v) => navigate(`/settings/${v}`, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="severities">Severities</Tabs.Tab>
            <Tabs.Tab value="roles">Incident roles</Tabs.Tab>
            <Tabs.Tab value="communication">Communication</Tabs.Tab>
            <Tabs.Tab value="users">Users</Tabs.Tab>
            <Tabs.Tab value="alert-routing">Alert routing</Tabs.Tab>
            <Tabs.Tab value="maintenance">Maintenance windows</Tabs.Tab>
            <Tabs.Tab value="heartbeats">Heartbeats</Tabs.Tab>
            <Tabs.Tab value="webhooks">Webhooks &amp; chat</Tabs.Tab>
            <Tabs.Tab value="jobs">Background jobs</Tabs.Tab>
            <Tabs.Tab value="audit">Audit log</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="severities">
            <SeveritySettings />
          </Tabs.Panel>
          <Tabs.Panel value="roles">
            <RolesSettings />
          </Tabs.Panel>
          <Tabs.Panel value="communication">
            <Suspense fallback={<Skeleton height={200} />}>
              <CommsSettings />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="users">
            <UserSettings />
          </Tabs.Panel>
          <Tabs.Panel value="alert-routing">
            <Suspense fallback={<Skeleton height={200} />}>
              <AlertRoutingSettings />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="maintenance">
            <Suspense fallback={<Skeleton height={200} />}>
              <MaintenanceSettings />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="heartbeats">
            <Suspense fallback={<Skeleton height={200} />}>
              <HeartbeatSettings />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="webhooks">
            <WebhookSettings />
          </Tabs.Panel>
          <Tabs.Panel value="jobs">
            <JobSettings />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <Suspense fallback={<Skeleton height={200} />}>
              <AuditSettings />
            </Suspense>
          </Tabs.Panel>
        </Tabs>
      </Container>
    </>
  );
}
