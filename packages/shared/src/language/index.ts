export { LEARNED_FEATURES, type LearningSentence, learningClauses, learningSentences, type WordList } from './learned-features.ts';
export { reviewLanguage } from './review.ts';
export { LANGUAGE_RULES, type LanguageFinding, type LanguageRuleId, LEARNED_RULE } from './types.ts';
