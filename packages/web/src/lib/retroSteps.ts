const s = (v: unknown) => (typeof v === 'string' ? v : '');

/** One step of a retrospective in words: "edited Introduction", "published revision 2". Also the incident timeline's retro lines. */
export function retroStep(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case 'retro_drafted':
      return `drafted the retrospective${data.trigger === 'resolved' ? ' (on resolving)' : ''}`;
    case 'retro_status_changed':
      return data.to === 'in_review' ? 'sent the retrospective for review' : 'moved the retrospective back to draft';
    case 'retro_published':
      return `published revision ${String(data.revision ?? '')} of the retrospective${data.direct ? ' (without review)' : ''}`;
    case 'retro_amended':
      return `started revision ${String(data.revision ?? '')} of the retrospective`;
    case 'retro_section_edited':
      return `edited ${s(data.title) || s(data.section)}`;
    case 'retro_why_added':
      return data.fromTicket
        ? `brought ${String(data.carried)} ${data.carried === 1 ? 'why' : 'whys'} over from the ticket`
        : data.parentId
          ? 'answered “why?”'
          : 'started a chain of whys';
    case 'retro_why_changed':
      return data.change === 'ending'
        ? data.ending === 'follow_up'
          ? 'ended a chain in a follow-up'
          : data.ending === 'accepted'
            ? 'accepted a risk'
            : 're-opened a chain'
        : 'reworded a why';
    case 'retro_why_removed':
      return 'removed a why';
    case 'retro_answered':
      return data.withdrawn ? 'withdrew an answer' : 'gave their view';
    case 'retro_depth_decided':
      return `decided on a ${s(data.decision)} investigation`;
    case 'retro_meeting_changed':
      return data.change === 'notes' ? 'wrote meeting notes' : `${s(data.change)} the review meeting`;
    case 'retro_share_changed':
      return `${s(data.change)} the share link`;
    default:
      return kind.replace(/_/g, ' ');
  }
}
