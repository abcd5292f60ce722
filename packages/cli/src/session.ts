import { createClient } from './client.ts';
import { resolveCredentials } from './credentials.ts';

/** An API client for the configured server; exits 3 (not logged in) when there is no token. */
export const connect = () => createClient(resolveCredentials(process.env));

/** Incident references go into URL paths as given (INC-42, 42 or an id). */
export const refPath = (ref: string) => `/incidents/${encodeURIComponent(ref)}`;
