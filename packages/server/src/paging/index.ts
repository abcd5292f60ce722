// The paging slice as other slices see it: escalation, pages and what a person received.
export { type PageReceived, pagesFor } from './reads.ts';
