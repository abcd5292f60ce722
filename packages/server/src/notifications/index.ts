// The notifications slice as other slices see it: its routes and the hook it registers.
export { COALESCE_MS, registerNotificationHooks } from './fanout.ts';
export { remindersJob, remindersPeriodic } from './reminders.ts';
export { updateReminder } from './reminderView.ts';
export { notificationRoutes } from './routes.ts';
export { settingsOf as notificationSettingsOf } from './store.ts';
export { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribeLink.ts';
