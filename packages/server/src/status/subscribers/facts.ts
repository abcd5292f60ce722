import type { Deps } from '../../platform/context.ts';
import { allComponents } from '../page/model.ts';
import { pageModel } from '../page/source.ts';

/** What subscriber mail and checks need of the page: its name and components (from the cached public snapshot). */
export type PageFacts = { enabled: boolean; name: string; components: { id: string; name: string }[] };

export async function pageFacts(deps: Deps): Promise<PageFacts> {
  const m = await pageModel(deps);
  if (!m) return { enabled: false, name: 'Status', components: [] };
  return { enabled: true, name: m.name, components: allComponents(m).map((c) => ({ id: c.id, name: c.name })) };
}
