import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { useEffect } from 'react';
import { PUBLIC_STATUS, PUBLIC_STATUSES, publicStatusFor } from '../../../lib/statusLabels.ts';

export type AlsoPublishValue = { on: boolean; status: string | null };

/**
 * "Also publish on the status page" under the stakeholder composer, offered once the incident is
 * published there (never for private ones). Its own chunk: most incidents are never published.
 */
export function AlsoPublish({
  incidentStatus,
  value,
  onChange,
}: {
  incidentStatus: string;
  value: AlsoPublishValue;
  onChange: (v: AlsoPublishValue) => void;
}) {
  // The public status starts at the one matching the incident's own status.
  useEffect(() => {
    if (value.status === null) onChange({ ...value, status: publicStatusFor(incidentStatus) });
  }, [value, incidentStatus, onChange]);
  return (
    <Group gap="sm" wrap="wrap" align="center" data-testid="also-publish">
      <Checkbox
        size="xs"
        label="Also publish on the status page"
        checked={value.on}
        onChange={(e) => onChange({ ...value, on: e.currentTarget.checked })}
      />
      {value.on && (
        <NativeSelect
          size="xs"
          aria-label="Public status"
          data={PUBLIC_STATUSES.map((s) => ({ value: s, label: `Public status: ${PUBLIC_STATUS[s].label}` }))}
          value={value.status ?? publicStatusFor(incidentStatus)}
          onChange={(e) => onChange({ ...value, status: e.currentTarget.value })}
        />
      )}
    </Group>
  );
}
