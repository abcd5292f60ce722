import { DeclareIncidentBody, REPORT_SOURCES, type ReportSource } from '@firebreak/shared';
import { Alert, Anchor, Button, Group, Modal, MultiSelect, Radio, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, qs, request, send } from '../../../api/client.ts';
import { useSimilarDraft } from '../../../api/learning.ts';
import { keys, useServices, useSeverities } from '../../../api/queries.ts';
import type { Incident, IncidentSummary, Page } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { SeverityFlag } from '../../../components/SeverityFlag.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { SOURCE_LABEL } from '../../../lib/labels.ts';
import { createPersistedStore } from '../../../lib/store.ts';
import { SimilarItem } from '../../learning/bits.tsx';

/** Open incidents on the chosen services, so people join an existing war room instead of opening a second. */
function SimilarIncidents({ services, onNavigate }: { services: string[]; onNavigate: () => void }) {
  const results = useQueries({
    queries: services.map((s) => ({
      queryKey: ['similar', s],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request<Page<IncidentSummary>>('GET', `/incidents${qs({ service: s, status: 'active', limit: 5 })}`, undefined, signal),
      staleTime: 5_000,
    })),
  });
  const seen = new Set<string>();
  const similar = results.flatMap((r) => r.data?.data ?? []).filter((i) => !seen.has(i.id) && seen.add(i.id));
  if (!similar.length) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title={`${similar.length} open incident${similar.length > 1 ? 's' : ''} on ${services.join(', ')}`}
      aria-live="polite"
    >
      <Stack gap={4}>
        {similar.map((i) => (
          <Group key={i.id} gap={6} wrap="nowrap">
            <SeverityFlag severity={i.severity} />
            <Anchor component={Link} to={`/incidents/${i.ref}`} onClick={onNavigate} size="sm" className="fb-truncate">
              {i.ref} · {i.title}
            </Anchor>
            <StatusBadge status={i.status} />
          </Group>
        ))}
        <Text size="xs">If it is the same problem, join that incident instead of declaring a new one.</Text>
      </Stack>
    </Alert>
  );
}

/** Past incidents like what is being typed (debounced), so the last fix is one click away; quiet until there is a match. */
function PastIncidents({
  title,
  report,
  services,
  onNavigate,
}: {
  title: string;
  report: string;
  services: string[];
  onNavigate: () => void;
}) {
  const [draft] = useDebouncedValue({ title: title.trim(), originalRequest: report.trim().slice(0, 4000), services, limit: 3 }, 400);
  const enough = draft.title.length >= 4 || draft.originalRequest.length >= 12;
  const q = useSimilarDraft(draft, enough);
  const list = enough ? (q.data ?? []) : [];
  if (!list.length) return null;
  return (
    <section aria-label="Similar past incidents" aria-live="polite" className="fb-draft-similar">
      <Group gap={6} mb={4}>
        <IconHistory size={14} aria-hidden />
        <Text size="xs" fw={600}>
          Looks like {list.length === 1 ? 'a past incident' : 'past incidents'}: what did we do last time?
        </Text>
      </Group>
      <Stack gap={6}>
        {list.map((i) => (
          <SimilarItem key={i.ref} item={i} onNavigate={onNavigate} brief />
        ))}
      </Stack>
    </section>
  );
}

/** How the last incident declared in this browser was reported: the usual way is one click away. */
const lastSource = createPersistedStore<ReportSource | ''>('firebreak-report-source', '', ['', ...REPORT_SOURCES]);

/** Declare an incident: what is broken, how bad, where, how it was reported, and the report exactly as it came in. */
export function DeclareModal({ onClose }: { onClose: () => void }) {
  const severities = useSeverities();
  const catalog = useServices();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<string | null>(null);
  const [services, setServices] = useState<string[]>([]);
  const [originalRequest, setOriginal] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const source = lastSource.use();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const sevList = severities.data ?? [];
  // Starts at the admins' default severity, else the least severe (the server applies the same rule).
  const chosen = severity ?? sevList.find((s) => s.isDefault)?.name ?? sevList[sevList.length - 1]?.name ?? null;
  const field = error instanceof ApiError ? error.field : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { title, severity: chosen ?? undefined, services, originalRequest, private: isPrivate, ...(source ? { source } : {}) };
    const parsed = DeclareIncidentBody.safeParse(body);
    if (parsed.success && !source) {
      setError(new ApiError(400, 'invalid_input', 'source: say how it was reported', { field: 'source' }));
      return;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        new ApiError(
          400,
          'invalid_input',
          `${issue.path.join('.')}: ${issue.path[0] === 'title' ? 'say in a few words what is broken' : issue.message}`,
          { field: String(issue.path[0]) },
        ),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const incident = await send<Incident>('POST', '/incidents', body);
      qc.setQueryData(keys.incident(incident.ref), incident);
      void qc.invalidateQueries({ queryKey: keys.incidents() });
      void qc.invalidateQueries({ queryKey: keys.stats });
      onClose();
      navigate(`/incidents/${incident.ref}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="Declare an incident"
      size="lg"
      fullScreen={typeof window !== 'undefined' && window.innerWidth < 500}
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label="What is broken?"
            placeholder="Checkout returns 500 for EU customers"
            required
            data-autofocus
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={field === 'title' ? (error as Error).message : undefined}
          />
          <Radio.Group
            label="Severity"
            value={chosen}
            onChange={setSeverity}
            error={field === 'severity' ? (error as Error).message : undefined}
          >
            <Stack gap={6} mt={6}>
              {sevList.map((s) => (
                <Radio
                  key={s.id}
                  value={s.name}
                  size="xs"
                  aria-label={s.name}
                  label={
                    <Group gap={8} wrap="nowrap" align="flex-start">
                      <SeverityFlag severity={s} />
                      <Text size="sm" c="dimmed">
                        {s.description}
                      </Text>
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label="How was it reported?"
            required
            value={source}
            onChange={(v) => lastSource.set(v as ReportSource)}
            error={field === 'source' ? (error as Error).message : undefined}
          >
            <Group gap="md" mt={6}>
              {REPORT_SOURCES.map((s) => (
                <Radio key={s} value={s} label={SOURCE_LABEL[s]} size="xs" />
              ))}
            </Group>
          </Radio.Group>
          <MultiSelect
            label="Affected services"
            placeholder={services.length ? undefined : 'Search the catalog'}
            searchable
            data={(catalog.data ?? []).map((s) => ({ value: s.name, label: s.name }))}
            value={services}
            onChange={setServices}
            nothingFoundMessage={
              catalog.data?.length ? 'No such service in the catalog' : 'The catalog is empty; add services on the Services page'
            }
            error={field === 'services' ? (error as Error).message : undefined}
            hidePickedOptions
          />
          {services.length > 0 && <SimilarIncidents services={services} onNavigate={onClose} />}
          <Textarea
            label="Original report"
            description="Paste the alert, e-mail or message exactly as received; it is kept verbatim."
            autosize
            minRows={3}
            maxRows={10}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            value={originalRequest}
            onChange={(e) => setOriginal(e.currentTarget.value)}
          />
          <PastIncidents title={title} report={originalRequest} services={services} onNavigate={onClose} />
          <Switch
            label="Private incident"
            description="Only admins and the people added to it can see it (e.g. security)."
            checked={isPrivate}
            onChange={(e) => setPrivate(e.currentTarget.checked)}
          />
          {!field && <InlineError error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} size="sm">
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={busy} size="sm">
              Declare incident
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
