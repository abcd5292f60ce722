// The shared plain-language rules and stakeholder-update templates (packages/shared/src/comms), in
// one module the stakeholder composer imports on demand, so the incident page's first load does not
// carry them (its JS budget).
export {
  DEFAULT_JARGON,
  DEFAULT_UPDATE_TEMPLATES,
  fillTemplate,
  PLAIN_LANGUAGE_LABELS,
  plainLanguageWarnings,
  templateStatusFor,
  UPDATE_TEMPLATE_STATUSES,
} from '@firebreak/shared';
