import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Mlp } from './mlp.ts';

/** One perceptron to train: its rows (already scaled), labels and options (`trainMlp`'s). */
export type MlpTask = {
  rows: readonly Float64Array[];
  labels: readonly number[];
  options: { hidden: number; lambda: number; epochs: number; seed?: number };
};

/**
 * Trains perceptrons on worker threads, one per core (round 34: an ensemble of seeds over every fold is
 * several times the single perceptron's work, and `trainMlp` is plain single-threaded arithmetic). The
 * results are in the tasks' order and equal to `trainMlp`'s on the main thread: the same rows, the same seed.
 */
export async function trainMlps(tasks: readonly MlpTask[], threads = availableParallelism()): Promise<Mlp[]> {
  const results: Mlp[] = new Array(tasks.length);
  let next = 0;
  const run = async () => {
    const worker = new Worker(new URL('./mlp-worker.ts', import.meta.url));
    try {
      while (next < tasks.length) {
        const at = next++;
        const { rows, labels, options } = tasks[at];
        const width = rows[0].length;
        const flat = new Float64Array(rows.length * width);
        for (let i = 0; i < rows.length; i++) flat.set(rows[i], i * width);
        results[at] = await new Promise<Mlp>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ flat, width, labels, options }, [flat.buffer]);
        });
        worker.removeAllListeners('error');
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, tasks.length)) }, run));
  return results;
}
