export * from './plainLanguage.ts';
export * from './settings.ts';
export * from './updateTemplates.ts';
