import type { RouteCase } from './routes.ts';

/** Authorization-matrix rows for the audit log (admins only), for test/routes.ts to spread into ROUTES. */
const api = '/api/v1';

export const AUDIT_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/audit`, access: 'admin', build: () => ({ url: `${api}/audit?action=user.&limit=5` }) },
  { method: 'GET', route: `${api}/audit.csv`, access: 'admin', build: () => ({ url: `${api}/audit.csv?action=auth.` }) },
];
