import { Anchor } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { Link } from 'react-router';

/** From the incident to its retrospective (the page offers to draft one when there is none yet). */
export function RetroLink({ incidentRef }: { incidentRef: string }) {
  return (
    <Anchor component={Link} to={`/retros/${incidentRef}`} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <IconNotebook size={14} aria-hidden />
      Retrospective
    </Anchor>
  );
}
