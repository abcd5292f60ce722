import type { Tx } from '../platform/context.ts';

/**
 * The seam between handovers and paging: which pages reached a person during their shift. The
 * paging slice registers its reader (app.ts: `registerHandoverPages(pagesFor)`); until one is
 * registered handovers say `pagesAvailable: false` and list none. Registering keeps the slices apart:
 * paging already reads schedules (onCallAt), so schedules do not import paging.
 */
export type HandoverPage = { id: string; title: string; at: string; status: string };
export type PagesReader = (tx: Tx, q: { userId: string; from: Date; to: Date }) => Promise<HandoverPage[]>;

let reader: PagesReader | null = null;

export function registerHandoverPages(fn: PagesReader): void {
  reader = fn;
}

/** The pages of a person's shift, or null when no paging slice is registered. */
export async function pagesOfShift(tx: Tx, q: { userId: string; from: Date; to: Date }): Promise<HandoverPage[] | null> {
  return reader ? reader(tx, q) : null;
}
