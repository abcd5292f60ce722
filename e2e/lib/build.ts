import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const web = join(root, 'packages', 'web');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') max = Math.max(max, newest(join(path, name)));
  return max;
}

/** Builds packages/web/dist when it is missing or older than its sources (web, shared, Vite config). */
export function ensureWebBuilt(): void {
  const built = join(web, 'dist', 'index.html');
  const sources = Math.max(
    newest(join(web, 'src')),
    newest(join(web, 'index.html')),
    newest(join(web, 'vite.config.ts')),
    newest(join(root, 'packages', 'shared', 'src')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const r = spawnSync(process.execPath, [join(web, 'build.ts'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Building the web app failed (see above)');
}
