import type { AlertRoutingSettingsView, AlertRuleView, AlertTestResult, IntegrationView } from '@firebreak/shared';
import { useQuery } from '@tanstack/react-query';
import { getData } from './client.ts';

// Alert routing (admins): rules and settings (the integrations rules can be limited to come from alerts.ts).
export type { AlertRoutingSettingsView, AlertRuleView, AlertTestResult, IntegrationView };

export const routingKeys = {
  rules: ['alert-rules'] as const,
  settings: ['alert-routing'] as const,
};

export const useAlertRules = () =>
  useQuery({ queryKey: routingKeys.rules, queryFn: ({ signal }) => getData<AlertRuleView[]>('/alert-rules', signal) });
export const useAlertRoutingSettings = () =>
  useQuery({ queryKey: routingKeys.settings, queryFn: ({ signal }) => getData<AlertRoutingSettingsView>('/alert-routing', signal) });
