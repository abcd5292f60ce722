import { EventEmitter } from 'node:events';
import type { TimelineEntryView } from '../timeline/present.ts';

/** What the bus carries after a commit: a timeline entry was written for an incident. */
export type BusEvent = {
  type: 'timeline';
  incidentId: string;
  incidentNumber: number;
  private: boolean;
  entry: TimelineEntryView;
};

/** In-process event bus; publishers call it only after their transaction committed. */
export class Bus {
  private emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  publish(event: BusEvent): void {
    this.emitter.emit('event', event);
  }
  subscribe(fn: (event: BusEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }
}
