// On-call schedules as other slices (paging) and app.ts see them.
export { calendarFeedRoutes } from './feedRoutes.ts';
export { acknowledgeHandover } from './handoverCommands.ts';
export { type HandoverPage, type PagesReader, registerHandoverPages } from './handoverPages.ts';
export { handoverRoutes } from './handoverRoutes.ts';
export { handoversJob, handoversPeriodic, writeDueHandovers } from './handovers.ts';
export { type HandoverListener, type HandoverWritten, onHandoverWritten } from './hooks.ts';
export { scheduleRoutes } from './routes.ts';
export {
  getSchedule,
  listSchedules,
  onCallAt,
  type Schedule,
  type ShiftChange,
  shiftChangesBetween,
} from './schedules.ts';
