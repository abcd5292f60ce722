// The comms slice as other slices see it: the communication settings, the plain-language check with
// the installation's jargon list, and its routes.
export { commsRoutes } from './routes.ts';
export { commsSettings, plainWarnings } from './settings.ts';
