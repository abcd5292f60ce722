import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Logistic } from './logistic.ts';
import type { Mlp } from './mlp.ts';

/** One perceptron to train: its rows (already scaled), labels and options (`trainMlp`'s). */
export type MlpTask = {
  rows: readonly Float64Array[];
  labels: readonly number[];
  options: { hidden: number; lambda: number; epochs: number; seed?: number };
};
/** One logistic regression to fit: its rows (already scaled), labels and λ (`trainLogistic`'s). */
export type LogisticTask = { rows: readonly Float64Array[]; labels: readonly number[]; lambda: number };
type Task = ({ kind: 'mlp' } & MlpTask) | ({ kind: 'logistic' } & LogisticTask);

/**
 * Trains the trainer's models on worker threads, one per core (round 34: the cross-validation of a perceptron
 * or of the veto's logistic regressions is tens of independent fits, each plain single-threaded arithmetic).
 * Each task is built only when a thread takes it, so only as many scaled copies of the rows exist at once as
 * there are threads. The results are in the tasks' order and equal to the main thread's: the same rows, the same
 * arithmetic.
 */
async function trainInPool(tasks: readonly (() => Task)[], threads: number): Promise<unknown[]> {
  const results: unknown[] = new Array(tasks.length);
  let next = 0;
  const run = async () => {
    const worker = new Worker(new URL('./train-worker.ts', import.meta.url));
    try {
      while (next < tasks.length) {
        const at = next++;
        const { rows, ...task } = tasks[at]();
        const width = rows[0].length;
        const flat = new Float64Array(rows.length * width);
        for (let i = 0; i < rows.length; i++) flat.set(rows[i], i * width);
        results[at] = await new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ ...task, flat, width }, [flat.buffer]);
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

/** `trainMlp` for each task, on worker threads. */
export async function trainMlps(tasks: readonly (MlpTask | (() => MlpTask))[], threads = availableParallelism()): Promise<Mlp[]> {
  return (await trainInPool(
    tasks.map((t) => () => ({ kind: 'mlp' as const, ...(typeof t === 'function' ? t() : t) })),
    threads,
  )) as Mlp[];
}

/** `trainLogistic` for each task, on worker threads. */
export async function trainLogistics(
  tasks: readonly (LogisticTask | (() => LogisticTask))[],
  threads = availableParallelism(),
): Promise<Logistic[]> {
  return (await trainInPool(
    tasks.map((t) => () => ({ kind: 'logistic' as const, ...(typeof t === 'function' ? t() : t) })),
    threads,
  )) as Logistic[];
}
