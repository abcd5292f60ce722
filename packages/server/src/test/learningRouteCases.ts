import type { RouteCase } from './routes.ts';

/** Route-inventory rows for the learning slice (similar, recurring and resolved-not-solved incidents). */
const api = '/api/v1';

export const LEARNING_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    route: `${api}/incidents/:ref/similar`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/similar?limit=3` }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/similar`,
    access: 'signedIn',
    build: () => ({
      url: `${api}/incidents/similar`,
      body: { title: 'Checkout returns 500', description: 'pool exhausted', services: [] },
    }),
  },
  { method: 'GET', route: `${api}/learning/recurring`, access: 'signedIn', build: () => ({ url: `${api}/learning/recurring` }) },
  { method: 'GET', route: `${api}/learning/unsolved`, access: 'signedIn', build: () => ({ url: `${api}/learning/unsolved` }) },
];
