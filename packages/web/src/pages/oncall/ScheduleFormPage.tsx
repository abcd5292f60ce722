import { Anchor, Container, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { createSchedule, invalidateOnCall, updateSchedule, useSchedule } from '../../api/oncall.ts';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { browserZone, newLayer, type ScheduleDraft } from './draft.ts';
import { ScheduleEditor } from './ScheduleEditor.tsx';

const body = (d: ScheduleDraft) => ({
  name: d.name.trim(),
  description: d.description,
  team: d.teamId,
  timeZone: d.timeZone,
  layers: d.layers.map((l) => ({ ...l, name: l.name?.trim() || undefined })),
});

/** New schedule (`/oncall/schedules/new`) or an existing one's editor (`/oncall/schedules/:id/edit`). */
export function ScheduleFormPage() {
  const { id } = useParams();
  return id ? <EditSchedule id={id} /> : <NewSchedule />;
}

function NewSchedule() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const initial: ScheduleDraft = { name: '', description: '', teamId: null, timeZone: browserZone(), layers: [newLayer(today)] };
  return (
    <Container size={1100} py="md" px="md">
      <Stack gap="md">
        <Anchor component={Link} to="/oncall" size="sm">
          ← Schedules
        </Anchor>
        <Title order={1}>New schedule</Title>
        <ScheduleEditor
          initial={initial}
          submitLabel="Create schedule"
          onCancel={() => navigate('/oncall')}
          onSubmit={async (d) => {
            const s = await createSchedule(body(d));
            invalidateOnCall(qc);
            navigate(`/oncall/schedules/${encodeURIComponent(s.id)}`);
          }}
        />
      </Stack>
    </Container>
  );
}

function EditSchedule({ id }: { id: string }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const q = useSchedule(id);
  if (q.isPending) return <PageSkeleton rows={5} />;
  if (q.error)
    return (
      <Container size="md" py="lg">
        <h1 className="fb-sr-only">Schedule not available</h1>
        <ErrorNote error={q.error} onRetry={() => q.refetch()} />
      </Container>
    );
  const s = q.data;
  const back = `/oncall/schedules/${encodeURIComponent(s.id)}`;
  return (
    <Container size={1100} py="md" px="md">
      <Stack gap="md">
        <Anchor component={Link} to={back} size="sm">
          ← {s.name}
        </Anchor>
        <Title order={1}>Edit {s.name}</Title>
        <ScheduleEditor
          initial={{ name: s.name, description: s.description, teamId: s.team?.id ?? null, timeZone: s.timeZone, layers: s.layers }}
          submitLabel="Save schedule"
          onCancel={() => navigate(back)}
          onSubmit={async (d) => {
            await updateSchedule(s.id, body(d));
            invalidateOnCall(qc);
            navigate(back);
          }}
        />
      </Stack>
    </Container>
  );
}
