// The worker thread of `trainMlps` (mlp-pool.ts): trains one perceptron per message and answers with it.
import { parentPort } from 'node:worker_threads';
import { trainMlp } from './mlp.ts';

parentPort?.on(
  'message',
  ({ flat, width, labels, options }: { flat: Float64Array; width: number; labels: number[]; options: Parameters<typeof trainMlp>[2] }) => {
    const rows = Array.from({ length: flat.length / width }, (_, i) => flat.subarray(i * width, (i + 1) * width));
    parentPort?.postMessage(trainMlp(rows, labels, options));
  },
);
