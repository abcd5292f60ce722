import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { AuthGate } from './AuthGate.tsx';
import { Layout } from './Layout.tsx';

// One chunk per page: the incident page never waits for the settings page's code.
const load = {
  login: () => import('../pages/auth/LoginPage.tsx'),
  setup: () => import('../pages/auth/SetupPage.tsx'),
  list: () => import('../pages/incidents/IncidentListPage.tsx'),
  incident: () => import('../pages/incidents/IncidentPage.tsx'),
  status: () => import('../pages/incidents/StatusPage.tsx'),
  followUps: () => import('../pages/followups/FollowUpsPage.tsx'),
  services: () => import('../pages/services/ServicesPage.tsx'),
  service: () => import('../pages/services/ServicePage.tsx'),
  teams: () => import('../pages/teams/TeamsPage.tsx'),
  settings: () => import('../pages/settings/SettingsPage.tsx'),
  account: () => import('../pages/account/AccountPage.tsx'),
  notifications: () => import('../pages/notifications/NotificationsPage.tsx'),
  notFound: () => import('../pages/NotFoundPage.tsx'),
  retros: () => import('../pages/retros/RetroListPage.tsx'),
  retro: () => import('../pages/retros/RetroPage.tsx'),
  tracker: () => import('../pages/retros/FollowUpTrackerPage.tsx'),
  alerts: () => import('../pages/alerts/AlertListPage.tsx'),
  alert: () => import('../pages/alerts/AlertPage.tsx'),
  integrations: () => import('../pages/alerts/IntegrationsPage.tsx'),
  insights: () => import('../pages/insights/InsightsPage.tsx'),
  maintenance: () => import('../pages/statuspage/MaintenancePage.tsx'),
  learning: () => import('../pages/learning/LearningPage.tsx'),
  search: () => import('../pages/search/SearchPage.tsx'),
  schedules: () => import('../pages/oncall/SchedulesPage.tsx'),
  schedule: () => import('../pages/oncall/SchedulePage.tsx'),
  scheduleForm: () => import('../pages/oncall/ScheduleFormPage.tsx'),
  myOnCall: () => import('../pages/oncall/MyOnCallPage.tsx'),
  policies: () => import('../pages/oncall/PoliciesPage.tsx'),
  policy: () => import('../pages/oncall/PolicyPage.tsx'),
  load: () => import('../pages/oncall/LoadPage.tsx'),
};

/** Starts loading the code of the page at `pathname` (before sign-in is even confirmed). */
export function preloadPage(pathname: string): void {
  const p = pathname.replace(/\/+$/, '') || '/';
  const m = /^\/incidents\/[^/]+(\/status-page)?$/.exec(p);
  const loader = m ? (m[1] ? load.status : load.incident) : p === '/incidents' || p === '/' ? load.list : undefined;
  void loader?.().catch(() => undefined);
}

const LoginPage = lazy(() => load.login().then((m) => ({ default: m.LoginPage })));
const SetupPage = lazy(() => load.setup().then((m) => ({ default: m.SetupPage })));
const IncidentListPage = lazy(() => load.list().then((m) => ({ default: m.IncidentListPage })));
const IncidentPage = lazy(() => load.incident().then((m) => ({ default: m.IncidentPage })));
const StatusPage = lazy(() => load.status().then((m) => ({ default: m.StatusPage })));
const FollowUpsPage = lazy(() => load.followUps().then((m) => ({ default: m.FollowUpsPage })));
const ServicesPage = lazy(() => load.services().then((m) => ({ default: m.ServicesPage })));
const ServicePage = lazy(() => load.service().then((m) => ({ default: m.ServicePage })));
const TeamsPage = lazy(() => load.teams().then((m) => ({ default: m.TeamsPage })));
const SettingsPage = lazy(() => load.settings().then((m) => ({ default: m.SettingsPage })));
const AccountPage = lazy(() => load.account().then((m) => ({ default: m.AccountPage })));
const NotificationsPage = lazy(() => load.notifications().then((m) => ({ default: m.NotificationsPage })));
const RetroListPage = lazy(() => load.retros().then((m) => ({ default: m.RetroListPage })));
const FollowUpTrackerPage = lazy(() => load.tracker().then((m) => ({ default: m.FollowUpTrackerPage })));
const RetroPage = lazy(() => load.retro().then((m) => ({ default: m.RetroPage })));
const AlertListPage = lazy(() => load.alerts().then((m) => ({ default: m.AlertListPage })));
const AlertPage = lazy(() => load.alert().then((m) => ({ default: m.AlertPage })));
const IntegrationsPage = lazy(() => load.integrations().then((m) => ({ default: m.IntegrationsPage })));
const InsightsPage = lazy(() => load.insights().then((m) => ({ default: m.InsightsPage })));
const MaintenancePage = lazy(() => load.maintenance().then((m) => ({ default: m.MaintenancePage })));
const LearningPage = lazy(() => load.learning().then((m) => ({ default: m.LearningPage })));
const SearchPage = lazy(() => load.search().then((m) => ({ default: m.SearchPage })));
const SchedulesPage = lazy(() => load.schedules().then((m) => ({ default: m.SchedulesPage })));
const SchedulePage = lazy(() => load.schedule().then((m) => ({ default: m.SchedulePage })));
const ScheduleFormPage = lazy(() => load.scheduleForm().then((m) => ({ default: m.ScheduleFormPage })));
const MyOnCallPage = lazy(() => load.myOnCall().then((m) => ({ default: m.MyOnCallPage })));
const PoliciesPage = lazy(() => load.policies().then((m) => ({ default: m.PoliciesPage })));
const PolicyPage = lazy(() => load.policy().then((m) => ({ default: m.PolicyPage })));
const LoadPage = lazy(() => load.load().then((m) => ({ default: m.LoadPage })));
const NotFoundPage = lazy(() => load.notFound().then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route element={<AuthGate />}>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/incidents" replace />} />
            <Route path="incidents" element={<IncidentListPage />} />
            <Route path="incidents/:ref" element={<IncidentPage />} />
            <Route path="incidents/:ref/status-page" element={<StatusPage />} />
            <Route path="alerts" element={<AlertListPage />} />
            <Route path="alerts/integrations" element={<IntegrationsPage />} />
            <Route path="alerts/:id" element={<AlertPage />} />
            <Route path="follow-ups" element={<FollowUpsPage />} />
            <Route path="retros" element={<RetroListPage />} />
            <Route path="retros/:id" element={<RetroPage />} />
            <Route path="follow-ups/tracker" element={<FollowUpTrackerPage />} />
            <Route path="insights" element={<InsightsPage />} />
            <Route path="learning" element={<Navigate to="/learning/recurring" replace />} />
            <Route path="learning/:tab" element={<LearningPage />} />
            <Route path="services" element={<ServicesPage />} />
            <Route path="services/:name" element={<ServicePage />} />
            <Route path="teams" element={<TeamsPage />} />
            <Route path="status-page/maintenance" element={<MaintenancePage />} />
            <Route path="oncall" element={<SchedulesPage />} />
            <Route path="oncall/schedules/new" element={<ScheduleFormPage />} />
            <Route path="oncall/schedules/:id" element={<SchedulePage />} />
            <Route path="oncall/schedules/:id/edit" element={<ScheduleFormPage />} />
            <Route path="oncall/me" element={<MyOnCallPage />} />
            <Route path="oncall/policies" element={<PoliciesPage />} />
            <Route path="oncall/policies/new" element={<PolicyPage />} />
            <Route path="oncall/policies/:id" element={<PolicyPage />} />
            <Route path="oncall/load" element={<LoadPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="settings/:tab" element={<SettingsPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="search" element={<SearchPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
