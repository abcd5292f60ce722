// The timeline slice as other slices see it: the one writer, entry reads and presentation, streams.
export { type EntriesRecorded, onEntriesRecorded } from './hooks.ts';
export { registerLiveMetrics } from './liveMetrics.ts';
export { pinEntry } from './notes.ts';
export { presentEntriesFor, presentEntry, type TimelineEntryView } from './present.ts';
export { type EntryInput, type IncidentKey, record, recordMany } from './record.ts';
export { timelineRoutes } from './routes.ts';
export { type EntryRow, listEntries } from './store.ts';
export { mayChangeAccess } from './stream.ts';
