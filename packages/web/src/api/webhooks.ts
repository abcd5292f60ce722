import type { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryView, WebhookView, WebhookWithSecretView } from '@firebreak/shared';
import { useQuery } from '@tanstack/react-query';
import { getData, send } from './client.ts';

// Webhook and chat destinations (admin only); shapes from the shared zod schemas.
export type { WebhookDeliveryView, WebhookView, WebhookWithSecretView };

export const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const,
};

export const useWebhooks = () =>
  useQuery({ queryKey: webhookKeys.all, queryFn: ({ signal }) => getData<WebhookView[]>('/webhooks', signal) });

/** A destination's log, looked at again every few seconds while something in it is still pending. */
export const useDeliveries = (id: string) =>
  useQuery({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ signal }) => getData<WebhookDeliveryView[]>(`/webhooks/${encodeURIComponent(id)}/deliveries?limit=100`, signal),
    refetchInterval: (q) => (q.state.data?.some((d) => d.state === 'pending') ? 2000 : false),
  });

export const createWebhook = (body: CreateWebhookInput) => send<WebhookWithSecretView>('POST', '/webhooks', body);
export const updateWebhook = (id: string, body: UpdateWebhookInput) =>
  send<WebhookView>('PATCH', `/webhooks/${encodeURIComponent(id)}`, body);
export const deleteWebhook = (id: string) => send<void>('DELETE', `/webhooks/${encodeURIComponent(id)}`);
export const rotateWebhookSecret = (id: string) =>
  send<WebhookWithSecretView>('POST', `/webhooks/${encodeURIComponent(id)}/rotate-secret`, {});
export const sendWebhookTest = (id: string) => send<WebhookDeliveryView>('POST', `/webhooks/${encodeURIComponent(id)}/test`, {});
