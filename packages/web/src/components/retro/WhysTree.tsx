import { Badge, Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconCornerDownRight, IconFlag, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../../api/queries.ts';
import { type RetroView, retroApi, storeRetro, type WhyNode } from '../../api/retros.ts';
import { count } from '../../lib/labels.ts';
import { InlineError } from '../ErrorNote.tsx';
import { useRetroRef } from './context.ts';
import { FindingList, LanguageHints } from './LanguageHints.tsx';
import { InternalPill } from './Pill.tsx';
import './retro.css';

type Mode = { node: string | null; kind: 'why' | 'end' } | null;

function useRetroWrite(retroId: string) {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<RetroView>) => {
    setBusy(true);
    setError(null);
    try {
      storeRetro(qc, retroId, await fn());
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}

function WhyForm({ retroId, parent, onDone }: { retroId: string; parent: WhyNode | null; onDone: () => void }) {
  const [text, setText] = useState('');
  const w = useRetroWrite(retroId);
  const label = parent ? `Why? (under “${parent.text.slice(0, 40)}”)` : 'Immediate cause';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await w.run(async () => (await retroApi.addWhy(retroId, parent?.id ?? null, text)).data)) onDone();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        <TextInput label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} required size="sm" data-autofocus />
        <LanguageHints text={text} />
        <InlineError error={w.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={w.busy} disabled={!text.trim()}>
            {parent ? 'Add why' : 'Start chain'}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** End a chain: a follow-up someone owns, or an explicitly accepted risk with a reason. */
function EndForm({ retroId, node, onDone }: { retroId: string; node: WhyNode; onDone: () => void }) {
  const [type, setType] = useState<'follow_up' | 'accepted'>('follow_up');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState('p2');
  const [reason, setReason] = useState('');
  const users = useUsers();
  const w = useRetroWrite(retroId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body =
      type === 'accepted'
        ? { type, reason }
        : { type, action: { title, owner, priority, ...(due ? { dueAt: new Date(`${due}T17:00:00`).toISOString() } : {}) } };
    if (await w.run(() => retroApi.endWhy(retroId, node.id, body))) onDone();
  };
  return (
    <form onSubmit={submit} aria-label="End this chain">
      <Stack gap={6}>
        <SegmentedControl
          size="xs"
          value={type}
          onChange={(v) => setType(v as 'follow_up' | 'accepted')}
          data={[
            { value: 'follow_up', label: 'Follow-up' },
            { value: 'accepted', label: 'Accept the risk' },
          ]}
          aria-label="How the chain ends"
        />
        {type === 'follow_up' ? (
          <>
            <TextInput label="Follow-up" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required size="sm" />
            <Group grow gap="xs" wrap="wrap">
              <NativeSelect
                label="Owner"
                required
                size="sm"
                value={owner}
                onChange={(e) => setOwner(e.currentTarget.value)}
                data={[{ value: '', label: 'Choose someone…' }, ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))]}
              />
              <TextInput label="Due" type="date" size="sm" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
              <NativeSelect
                label="Priority"
                size="sm"
                value={priority}
                onChange={(e) => setPriority(e.currentTarget.value)}
                data={['p1', 'p2', 'p3'].map((p) => ({ value: p, label: p.toUpperCase() }))}
              />
            </Group>
          </>
        ) : (
          <TextInput
            label="Why the risk is accepted"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            size="sm"
          />
        )}
        <InlineError error={w.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={w.busy} disabled={type === 'follow_up' ? !title.trim() || !owner : !reason.trim()}>
            End chain
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Ending({ node }: { node: WhyNode }) {
  if (node.ending === 'follow_up' && node.action)
    return (
      <Text size="xs">
        <IconFlag size={12} aria-hidden /> Ends in follow-up <b>{node.action.title}</b> · owner {node.action.owner?.name ?? 'none'}
        {node.action.dueAt ? ` · due ${node.action.dueAt.slice(0, 10)}` : ''} · {node.action.priority.toUpperCase()}
      </Text>
    );
  if (node.ending === 'accepted')
    return (
      <Text size="xs">
        <IconFlag size={12} aria-hidden /> Risk accepted: {node.acceptedReason}
      </Text>
    );
  return null;
}

/** A why carried over from the ticket: war-room text until someone keeps it as written or rewords it. */
function CarriedWhy({ retroId, node, canEdit }: { retroId: string; node: WhyNode; canEdit: boolean }) {
  const w = useRetroWrite(retroId);
  const [rewording, setRewording] = useState(false);
  const [text, setText] = useState(node.text);
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <InternalPill>Internal: from the ticket’s whys</InternalPill>
        {canEdit && !rewording && (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              loading={w.busy}
              onClick={() => w.run(() => retroApi.editWhy(retroId, node.id, node.text))}
            >
              Keep as written
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => setRewording(true)}>
              Reword
            </Button>
          </>
        )}
        {!canEdit && (
          <Text span size="xs" c="dimmed">
            Stakeholders do not see it.
          </Text>
        )}
      </Group>
      {rewording && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await w.run(() => retroApi.editWhy(retroId, node.id, text.trim()))) setRewording(false);
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              size="xs"
              label="Reworded why"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
              autoFocus
            />
            <Button type="submit" size="xs" loading={w.busy} disabled={!text.trim()}>
              Save why
            </Button>
            <Button size="xs" variant="default" onClick={() => setRewording(false)}>
              Cancel
            </Button>
          </Group>
        </form>
      )}
      <InlineError error={w.error} />
    </Stack>
  );
}

function WhyItem({
  retroId,
  node,
  byParent,
  canEdit,
  mode,
  setMode,
}: {
  retroId: string;
  node: WhyNode;
  byParent: Map<string | null, WhyNode[]>;
  canEdit: boolean;
  mode: Mode;
  setMode: (m: Mode) => void;
}) {
  const w = useRetroWrite(retroId);
  const kids = byParent.get(node.id) ?? [];
  const here = mode?.node === node.id;
  return (
    <li className="fb-retro-why">
      <Stack gap={4} py={4}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge size="xs" variant="outline" style={{ flex: 'none' }} aria-label={`Why ${node.depth}`}>
            {node.depth === 1 ? 'Cause' : `Why ${node.depth - 1}`}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {node.text}
          </Text>
          {node.open && (
            <Text span size="xs" fw={600} style={{ flex: 'none' }}>
              (open)
            </Text>
          )}
        </Group>
        <FindingList text={node.text} findings={node.findings} label="Wordings to reconsider in this why" />
        {node.internal && <CarriedWhy retroId={retroId} node={node} canEdit={canEdit} />}
        <Ending node={node} />
        {canEdit && !here && (
          <Group gap={4}>
            {!node.ending && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconCornerDownRight size={12} />}
                onClick={() => setMode({ node: node.id, kind: 'why' })}
              >
                {kids.length ? 'Branch: another why' : 'Why?'}
              </Button>
            )}
            {node.open && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconFlag size={12} />}
                onClick={() => setMode({ node: node.id, kind: 'end' })}
              >
                End chain
              </Button>
            )}
            {node.ending && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconArrowBackUp size={12} />}
                loading={w.busy}
                onClick={() => w.run(() => retroApi.endWhy(retroId, node.id, { type: 'open' }))}
              >
                Re-open
              </Button>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={12} />}
              aria-label={`Remove why: ${node.text}`}
              loading={w.busy}
              onClick={() => w.run(() => retroApi.removeWhy(retroId, node.id))}
            >
              Remove
            </Button>
          </Group>
        )}
        <InlineError error={w.error} />
        {here && mode?.kind === 'why' && <WhyForm retroId={retroId} parent={node} onDone={() => setMode(null)} />}
        {here && mode?.kind === 'end' && <EndForm retroId={retroId} node={node} onDone={() => setMode(null)} />}
      </Stack>
      {kids.length > 0 && (
        <ul className="fb-plain-list" style={{ listStyle: 'none', paddingLeft: 8, margin: 0 }}>
          {kids.map((k) => (
            <WhyItem key={k.id} retroId={retroId} node={k} byParent={byParent} canEdit={canEdit} mode={mode} setMode={setMode} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The five whys as a tree: one chain per immediate cause, branches for contributing factors, each chain ending in a follow-up or an accepted risk. */
export function WhysTree({ retro, title, prompt }: { retro: RetroView; title: string; prompt: string }) {
  const rid = useRetroRef();
  const [mode, setMode] = useState<Mode>(null);
  const canEdit = !!retro.abilities.edit;
  const byParent = new Map<string | null, WhyNode[]>();
  for (const n of retro.whys.nodes) byParent.set(n.parentId, [...(byParent.get(n.parentId) ?? []), n]);
  const s = retro.whys.summary;
  return (
    <section className="fb-retro-section" aria-labelledby="whys-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="whys-title">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {count(s.chains, 'chain', 'chains')} · {count(s.followUps, 'follow-up', 'follow-ups')} · {s.accepted} accepted ·{' '}
          {s.openLeaves.length} open
        </Text>
      </Group>
      {prompt && (
        <Text size="xs" c="dimmed" mt={2}>
          {prompt}
        </Text>
      )}
      {retro.whys.nodes.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic" mt={6}>
          No chains yet. Start one at an immediate cause, then ask “why?” until you reach something you can change.
        </Text>
      )}
      <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }} aria-label="Why chains">
        {(byParent.get(null) ?? []).map((n) => (
          <WhyItem key={n.id} retroId={rid} node={n} byParent={byParent} canEdit={canEdit} mode={mode} setMode={setMode} />
        ))}
      </ul>
      {canEdit &&
        (mode?.node === null ? (
          <WhyForm retroId={rid} parent={null} onDone={() => setMode(null)} />
        ) : (
          <Button size="xs" variant="default" mt={6} onClick={() => setMode({ node: null, kind: 'why' })}>
            Start a chain
          </Button>
        ))}
    </section>
  );
}
