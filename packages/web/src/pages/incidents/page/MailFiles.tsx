import { Anchor, Code, List, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useIncidentMail } from '../../../api/queries.ts';
import { Time } from '../../../components/Time.tsx';

const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Under the original report: the files that came by e-mail (always downloaded, never opened here)
 * and, for responders, the incident's own address for comments by e-mail. Nothing when neither exists.
 */
export function MailFiles({ incidentRef }: { incidentRef: string }) {
  const { data } = useIncidentMail(incidentRef);
  if (!data || (!data.attachments.length && !data.address)) return null;
  return (
    <div>
      {data.attachments.length > 0 && (
        <>
          <Text size="xs" fw={600} mt="sm" mb={4}>
            Files from e-mail ({data.attachments.length})
          </Text>
          <List size="sm" spacing={4} icon={<IconPaperclip size={14} aria-hidden />} aria-label="Files from e-mail">
            {data.attachments.map((f) => (
              <List.Item key={f.id}>
                <Anchor href={f.url} download={f.filename} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {f.filename}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {size(f.size)} · from {f.from} · <Time iso={f.createdAt} />
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {data.address && (
        <Text size="xs" c="dimmed" mt="sm" style={{ overflowWrap: 'anywhere' }}>
          Comment by e-mail: <Code>{data.address}</Code>
        </Text>
      )}
    </div>
  );
}
