export { reviewLanguage } from './review.ts';
export { LANGUAGE_RULES, type LanguageFinding, type LanguageRuleId } from './types.ts';
