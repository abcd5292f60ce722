import type { HeartbeatView, MaintenanceWindowView } from '@firebreak/shared';
import { useQuery } from '@tanstack/react-query';
import { getData } from './client.ts';

// Alert set-up beside integrations: maintenance windows and heartbeats. Shapes from packages/shared.
export type { HeartbeatView, MaintenanceWindowView };
export type HeartbeatWithKey = HeartbeatView & { key: string; pingUrl: string };

export const alertSetupKeys = {
  windows: ['maintenance-windows'] as const,
  heartbeats: ['heartbeats'] as const,
};

/** Every window (the server caps the list); the screen splits them into active, upcoming and past. */
export const useMaintenanceWindows = () =>
  useQuery({
    queryKey: alertSetupKeys.windows,
    queryFn: ({ signal }) => getData<MaintenanceWindowView[]>('/maintenance-windows?limit=200', signal),
    refetchInterval: 60_000,
  });

/** Heartbeats change state on their own (late, down): looked at again every 30 s. */
export const useHeartbeats = () =>
  useQuery({
    queryKey: alertSetupKeys.heartbeats,
    queryFn: ({ signal }) => getData<HeartbeatView[]>('/heartbeats', signal),
    refetchInterval: 30_000,
  });
