import type { IntegrationFormat } from '@firebreak/shared';

/** One thing to paste into the sending tool: a label, and the text with this server's URL and the key filled in. */
export type SetupSnippet = { label: string; text: string; language: 'yaml' | 'text' | 'sh' };
export type SetupGuide = { where: string; snippets: SetupSnippet[]; note?: string };

/** Shown instead of the key when it is not known any more (it is shown once, at creation or rotation). */
export const KEY_PLACEHOLDER = '<KEY>';

/**
 * How to point a tool at this Firebreak, as in docs/integrations.md: the URLs come from `baseUrl`
 * (this server, as the browser reaches it), the key is filled in while it is known.
 */
export function setupGuide(format: IntegrationFormat, baseUrl: string, key: string | null): SetupGuide {
  const base = baseUrl.replace(/\/+$/, '');
  const k = key ?? KEY_PLACEHOLDER;
  switch (format) {
    case 'alertmanager':
      return {
        where: 'alertmanager.yml: add the receiver and route alerts to it.',
        snippets: [
          {
            label: 'Alertmanager receiver',
            language: 'yaml',
            text: [
              'route:',
              '  receiver: firebreak',
              '  group_by: ["alertname", "service"]',
              'receivers:',
              '  - name: firebreak',
              '    webhook_configs:',
              `      - url: ${base}/api/v1/ingest/alertmanager`,
              '        send_resolved: true',
              '        http_config:',
              '          authorization:',
              `            credentials: ${k}`,
            ].join('\n'),
          },
        ],
        note: 'Cannot set headers? Put the key in the URL instead and drop http_config.',
      };
    case 'grafana':
      return {
        where: 'Grafana: Alerting → Contact points → Add contact point → Integration: Webhook.',
        snippets: [
          { label: 'URL', language: 'text', text: `${base}/api/v1/ingest/grafana/${k}` },
          { label: 'HTTP Method', language: 'text', text: 'POST' },
        ],
        note: 'Optional: set an HMAC signature secret on the contact point (header X-Grafana-Alerting-Signature) and the same signing secret here.',
      };
    case 'pagerduty':
      return {
        where: 'Any PagerDuty Events API v2 client: change its events base URL and routing key.',
        snippets: [
          { label: 'Events base URL (instead of https://events.pagerduty.com)', language: 'text', text: base },
          { label: 'Integration / routing key', language: 'text', text: k },
          {
            label: 'Try it',
            language: 'sh',
            text: `curl -sS ${base}/v2/enqueue -H 'Content-Type: application/json' -d '{
  "routing_key": "${k}", "event_action": "trigger", "dedup_key": "disk-db-1",
  "payload": {"summary": "Disk full on db-1", "source": "db-1", "severity": "critical"}}'`,
          },
        ],
        note: 'Change events (POST /v2/change/enqueue) are recorded on the service and shown on its incidents.',
      };
    case 'opsgenie':
      return {
        where: 'Any Opsgenie Alert API client: change its API URL and API key.',
        snippets: [
          { label: 'API URL (instead of https://api.opsgenie.com)', language: 'text', text: base },
          { label: 'API key (sent as Authorization: GenieKey …)', language: 'text', text: k },
          {
            label: 'Try it',
            language: 'sh',
            text: `curl -sS ${base}/v2/alerts -H 'Authorization: GenieKey ${k}' -H 'Content-Type: application/json' -d '{
  "message": "Disk full on db-1", "alias": "disk-db-1", "priority": "P1"}'`,
          },
        ],
      };
    case 'generic':
      return {
        where: 'Scripts, cron jobs, anything that can send JSON.',
        snippets: [
          {
            label: 'curl',
            language: 'sh',
            text: `curl -sS ${base}/api/v1/ingest/generic/${k} -H 'Content-Type: application/json' -d '{
  "title": "Nightly backup failed",
  "description": "pg_dump exited with 1",
  "deduplication_key": "backup-nightly",
  "status": "firing",
  "severity": "error"}'`,
          },
        ],
        note: 'Send the same with "status": "resolved" to close it. Only title is required.',
      };
    case 'email':
      return {
        where: "Tools that can only send mail: send alerts to this integration's address at the domain your SMTP listener receives.",
        snippets: [{ label: 'Address (your mail domain after the @)', language: 'text', text: `alert+${k}@<your Firebreak mail domain>` }],
        note: 'The subject is the title; RESOLVED:, OK or Recovered at its start closes the alert. See docs/email-in.md.',
      };
  }
}
