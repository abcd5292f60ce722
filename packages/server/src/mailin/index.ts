// E-mail in as other code sees it: the SMTP listener (main.ts), the routes, an incident's address.
export { incidentAddress } from './address.ts';
export { type MailListener, startMailListener } from './listener.ts';
export { pruneReceivedMail } from './prune.ts';
export { mailInRoutes } from './routes.ts';
