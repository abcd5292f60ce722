import { type LanguageFindingView, reviewLanguage } from '@firebreak/shared';

/** Blame-aware language findings of a text (packages/shared/src/language). */
export const findingsOf = (text: string): LanguageFindingView[] => (text.trim() ? reviewLanguage(text) : []);
