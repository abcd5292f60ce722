// The worker thread of train-pool.ts: trains one model per message (a perceptron or a logistic regression) and
// answers with it.
import { parentPort } from 'node:worker_threads';
import { trainLogistic } from './logistic.ts';
import { trainMlp } from './mlp.ts';

type Message = { flat: Float64Array; width: number; labels: number[] } & (
  | { kind: 'mlp'; options: Parameters<typeof trainMlp>[2] }
  | { kind: 'logistic'; lambda: number }
);

parentPort?.on('message', (message: Message) => {
  const { flat, width, labels } = message;
  const rows = Array.from({ length: flat.length / width }, (_, i) => flat.subarray(i * width, (i + 1) * width));
  parentPort?.postMessage(message.kind === 'mlp' ? trainMlp(rows, labels, message.options) : trainLogistic(rows, labels, message.lambda));
});
