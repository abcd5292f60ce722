// On-call schedules as other slices (paging, handovers' readers) see them.
export {
  getSchedule,
  listSchedules,
  onCallAt,
  type Schedule,
  type ShiftChange,
  shiftChangesBetween,
} from './schedules.ts';
