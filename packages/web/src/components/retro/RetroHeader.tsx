import { Anchor, Button, Group, Menu, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconChevronDown, IconDownload, IconPrinter, IconShare } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  downloadFile,
  type OpenFinding,
  type RetroView,
  refreshIncident,
  retroApi,
  retroKeys,
  retroPath,
  storeRetro,
} from '../../api/retros.ts';
import { useUser } from '../../app/session.ts';
import { formatClock, formatDay, timeZonePref } from '../../lib/time.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Time } from '../Time.tsx';
import { useRetroRef } from './context.ts';
import { isLearned } from './LanguageHints.tsx';
import { FindingsPill, RetroStatusPill } from './Pill.tsx';

/** Asks before publishing past open language findings, listing them. */
function ConfirmPublish({
  findings,
  onConfirm,
  onClose,
  busy,
}: {
  findings: OpenFinding[];
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
}) {
  return (
    <Modal opened onClose={onClose} title="Publish with open language findings?" size="lg">
      <Stack gap="xs">
        <Text size="sm">
          The blame-aware review still flags {findings.length === 1 ? 'one wording' : `${findings.length} wordings`}. Publishing keeps them
          in the published text.
        </Text>
        <Stack gap={4} component="ul" style={{ paddingLeft: 18, margin: 0 }}>
          {findings.slice(0, 12).map((f) => (
            <li key={`${f.where}-${f.start}`}>
              <Text size="sm">
                <b>{f.title}</b>
                {isLearned(f) ? ' (flagged by the learned review)' : ''}: “{f.excerpt}” — {f.message}
                {f.suggestion ? ` Try: ${f.suggestion}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Go back and edit
          </Button>
          <Button onClick={onConfirm} loading={busy}>
            Publish anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const rid = useRetroRef();
  const [links, setLinks] = useState<{ htmlUrl: string; markdownUrl: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const qc = useQueryClient();
  const create = async () => {
    try {
      setLinks(await retroApi.share(rid));
      void qc.invalidateQueries({ queryKey: retroKeys.all(rid) });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Share link">
      <Stack gap="xs">
        <Text size="sm">
          Anyone with the link reads the latest published revision, without signing in and without e-mail addresses. Creating a link
          replaces the previous one.
        </Text>
        {links ? (
          <>
            <TextInput label="Share link (shown once)" value={links.htmlUrl} readOnly onFocus={(e) => e.currentTarget.select()} />
            <Text size="xs">
              The same as{' '}
              <Anchor href={links.markdownUrl} target="_blank" rel="noopener" size="xs" underline="always">
                Markdown
              </Anchor>
              . Copy it now: only its fingerprint is stored.
            </Text>
          </>
        ) : (
          <Button onClick={create} style={{ alignSelf: 'flex-start' }}>
            Create link
          </Button>
        )}
        <InlineError error={error} />
      </Stack>
    </Modal>
  );
}

/** What the page shows when no revision is asked for: viewers read the latest published one, there is no working copy for them. */
function currentLabel(retro: RetroView, viewer: boolean): string {
  if (viewer) return `Latest published: revision ${retro.revision}`;
  if (retro.status === 'published') return `Revision ${retro.revision}, published (current)`;
  return `Working copy: revision ${retro.revision} (${retro.status === 'draft' ? 'draft' : 'in review'})`;
}

/** Title, status and the publishing flow: draft → in review → published, amend, history, exports, share. */
export function RetroHeader({ retro, viewing }: { retro: RetroView; viewing?: number }) {
  const rid = useRetroRef();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const user = useUser();
  const tz = timeZonePref.use();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<OpenFinding[] | null>(null);
  const [sharing, setSharing] = useState(false);
  const ab = retro.abilities;
  const run = async (fn: () => Promise<RetroView>) => {
    setBusy(true);
    setError(null);
    try {
      storeRetro(qc, rid, await fn());
      void qc.invalidateQueries({ queryKey: ['retros'] });
      // The incident's closing gate follows the retrospective's status: fetch it now, so the incident
      // page never shows a blocker that was just lifted.
      refreshIncident(qc, retro.incident.ref);
      return true;
    } catch (err) {
      if (
        err instanceof ApiError &&
        err.code === 'language_findings' &&
        Array.isArray(err.details?.findings) &&
        err.details.findings.length
      )
        setConfirm(err.details.findings as OpenFinding[]);
      else setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  // Ask the server first: it answers 409 language_findings with the findings it sees now, and only
  // then do we ask the person, about exactly those (a count kept in the page may be stale).
  const publish = () => run(() => retroApi.publish(rid, false));
  const revisionQuery = viewing ? `?revision=${viewing}` : '';
  return (
    <Stack gap={6} px="md" py="sm" className="fb-border-b" component="header">
      <Group gap={8} wrap="wrap" align="center">
        <Anchor component={Link} to={`/incidents/${retro.incident.ref}`} className="fb-ref">
          {retro.incident.ref}
        </Anchor>
        <RetroStatusPill status={retro.status} />
        <Text size="xs" c="dimmed">
          Revision {retro.revision} · {retro.template.name}
          {retro.required ? ' · required before closing' : ''}
        </Text>
      </Group>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        Retrospective: {retro.incident.title}
      </Title>
      {viewing && (
        <Text size="sm" role="status">
          You are reading published revision {viewing}.{' '}
          <Anchor component={Link} to={`/retros/${rid}`} underline="always">
            {user.role === 'viewer' ? 'Back to the latest published revision' : 'Back to the working copy'}
          </Anchor>
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {/* An admin may publish a draft directly when its template does not require review: Publish first, review optional. */}
        {!viewing && ab.publish && (
          <Button size="xs" onClick={publish} loading={busy}>
            Publish
          </Button>
        )}
        {!viewing && ab.submitForReview && (
          <Button
            size="xs"
            variant={ab.publish ? 'default' : 'filled'}
            onClick={() => run(() => retroApi.setStatus(rid, 'in_review'))}
            loading={busy}
          >
            Send for review
          </Button>
        )}
        {!viewing && ab.backToDraft && (
          <Button size="xs" variant="default" onClick={() => run(() => retroApi.setStatus(rid, 'draft'))} loading={busy}>
            Back to draft
          </Button>
        )}
        {!viewing && ab.amend && (
          <Button size="xs" variant="default" onClick={() => run(() => retroApi.amend(rid))} loading={busy}>
            Amend (start revision {retro.revision + 1})
          </Button>
        )}
        {ab.export && (
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="xs" variant="default" rightSection={<IconChevronDown size={12} />}>
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconDownload size={14} />}
                onClick={() =>
                  downloadFile(`${retroPath(rid)}/export.md${revisionQuery}`, `${retro.incident.ref}-retro.md`).catch(setError)
                }
              >
                Download Markdown
              </Menu.Item>
              <Menu.Item
                leftSection={<IconPrinter size={14} />}
                component="a"
                href={`/api/v1${retroPath(rid)}/export.html${revisionQuery}`}
                target="_blank"
                rel="noopener"
              >
                Printable page
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        {ab.share && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconShare size={14} />}
            onClick={() => setSharing(true)}
            disabled={!retro.publishedRevision}
          >
            {retro.share?.active ? 'Share link (active)' : 'Share link'}
          </Button>
        )}
        {retro.revisions.length > 0 && (
          <NativeSelect
            size="xs"
            aria-label="Revision history"
            value={viewing ? String(viewing) : ''}
            onChange={(e) => navigate(e.currentTarget.value ? `/retros/${rid}?revision=${e.currentTarget.value}` : `/retros/${rid}`)}
            data={[
              { value: '', label: currentLabel(retro, user.role === 'viewer') },
              ...retro.revisions.map((r) => ({
                value: String(r.revision),
                // In the reader's time zone, like every other time on the page.
                label: `Revision ${r.revision} · published ${formatDay(r.publishedAt, tz)} ${formatClock(r.publishedAt, tz, Date.parse(r.publishedAt))}${r.publishedBy ? ` by ${r.publishedBy.name}` : ''}`,
              })),
            ]}
          />
        )}
        {retro.openFindings > 0 && !viewing && (
          <FindingsPill>
            {retro.openFindings} wording{retro.openFindings === 1 ? '' : 's'} to reconsider
          </FindingsPill>
        )}
        <Text size="xs" c="dimmed">
          Updated <Time iso={retro.updatedAt} />
        </Text>
      </Group>
      <InlineError error={error} />
      {confirm && (
        <ConfirmPublish
          findings={confirm}
          busy={busy}
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            if (await run(() => retroApi.publish(rid, true))) setConfirm(null);
          }}
        />
      )}
      {sharing && <ShareDialog onClose={() => setSharing(false)} />}
    </Stack>
  );
}
