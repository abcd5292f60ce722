import type { ChatReply } from '../types.ts';
import { cut, renderMessage, type SlackBlock } from './render.ts';

/**
 * The declare modal (https://api.slack.com/surfaces/modals): title, severity, services, private and
 * what was reported, opened by `/incident declare` with `views.open`, submitted back as a
 * `view_submission` whose `view.state.values` the routes read with `readDeclareForm`.
 */

export const DECLARE_CALLBACK = 'firebreak_declare';
/** The "Add to timeline" message shortcut's callback id (docs/slack-app-manifest.yaml). */
export const PIN_SHORTCUT = 'firebreak_pin';

type Option = { id: string; name: string };
const plain = (text: string, max: number) => ({ type: 'plain_text', text: cut(text.trim() || '-', max), emoji: true });
const option = (o: Option) => ({ text: plain(o.name, 75), value: o.id.slice(0, 150) });

export function declareModal(opts: { severities: Option[]; services: Option[] }, title: string, channelId: string | null) {
  const blocks: SlackBlock[] = [
    {
      type: 'input',
      block_id: 'title',
      label: plain('Title', 2000),
      element: {
        type: 'plain_text_input',
        action_id: 'title',
        max_length: 200,
        placeholder: plain('What is broken, for whom', 150),
        ...(title.trim() ? { initial_value: title.trim().slice(0, 200) } : {}),
      },
    },
  ];
  const severities = opts.severities.slice(0, 100);
  if (severities.length)
    blocks.push({
      type: 'input',
      block_id: 'severity',
      optional: true,
      label: plain('Severity', 2000),
      element: {
        type: 'static_select',
        action_id: 'severity',
        placeholder: plain('Default severity', 150),
        options: severities.map(option),
      },
    });
  const services = opts.services.slice(0, 100);
  if (services.length)
    blocks.push({
      type: 'input',
      block_id: 'services',
      optional: true,
      label: plain('Services affected', 2000),
      element: {
        type: 'multi_static_select',
        action_id: 'services',
        placeholder: plain('Choose services', 150),
        options: services.map(option),
      },
    });
  blocks.push(
    {
      type: 'input',
      block_id: 'private',
      optional: true,
      label: plain('Visibility', 2000),
      element: {
        type: 'checkboxes',
        action_id: 'private',
        options: [
          {
            text: plain('Private incident', 75),
            value: 'private',
            description: plain('Only the people working it and admins see it', 75),
          },
        ],
      },
    },
    {
      type: 'input',
      block_id: 'report',
      optional: true,
      label: plain('What was reported', 2000),
      element: { type: 'plain_text_input', action_id: 'report', multiline: true, max_length: 3000 },
      hint: plain('Kept verbatim as the original report', 2000),
    },
  );
  return {
    type: 'modal',
    callback_id: DECLARE_CALLBACK,
    title: plain('Declare an incident', 24),
    submit: plain('Declare', 24),
    close: plain('Cancel', 24),
    private_metadata: JSON.stringify({ channelId }),
    blocks,
  };
}

type StateValue = {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
};
export type DeclareForm = {
  title: string;
  severity: string | null;
  services: string[];
  private: boolean;
  report: string;
  channelId: string | null;
};

/** The submitted form; `errors` by block id when something must be fixed (answered as `response_action: errors`). */
export function readDeclareForm(view: { state?: { values?: Record<string, Record<string, StateValue>> }; private_metadata?: string }): {
  form: DeclareForm;
  errors: Record<string, string> | null;
} {
  const values = view.state?.values ?? {};
  const v = (block: string) => values[block]?.[block];
  const title = (v('title')?.value ?? '').trim();
  let channelId: string | null = null;
  try {
    const meta = JSON.parse(view.private_metadata || '{}') as { channelId?: unknown };
    channelId = typeof meta.channelId === 'string' ? meta.channelId : null;
  } catch {
    channelId = null;
  }
  const form: DeclareForm = {
    title,
    severity: v('severity')?.selected_option?.value ?? null,
    services: (v('services')?.selected_options ?? []).map((o) => o.value),
    private: (v('private')?.selected_options ?? []).some((o) => o.value === 'private'),
    report: v('report')?.value ?? '',
    channelId,
  };
  const errors: Record<string, string> = {};
  if (!title) errors.title = 'Give the incident a title: what is broken, for whom';
  else if (title.length > 200) errors.title = 'At most 200 characters';
  return { form, errors: Object.keys(errors).length ? errors : null };
}

/** The modal after submitting: the core's answer (or "declaring…" while it works), with a Close button. */
export function resultModal(reply: ChatReply | null) {
  const blocks = reply
    ? renderMessage(reply.message).blocks.filter((b) => b.type !== 'actions')
    : [{ type: 'section', text: { type: 'mrkdwn', text: 'Declaring the incident… this window updates when it is done.' } }];
  return { type: 'modal', title: plain('Firebreak', 24), close: plain('Close', 24), blocks };
}
