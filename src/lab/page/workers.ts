import type { LabReply, LabRequest } from '../labProtocol.js';

/**
 * Web Workers running the simulator (dist/assets/lab-worker.js, inlined in the page as text and
 * started from a blob URL: nothing is fetched). One request per worker; `cancel()` terminates
 * it at once, which is how a runaway model or a long comparison is stopped.
 */
export class LabJob {
  readonly #worker: Worker;
  #finished = false;
  readonly done: Promise<'finished' | 'cancelled'>;
  #resolve!: (how: 'finished' | 'cancelled') => void;

  constructor(workerUrl: string, request: LabRequest, onReply: (reply: LabReply, job: LabJob) => void) {
    this.done = new Promise((resolve) => (this.#resolve = resolve));
    this.#worker = new Worker(workerUrl);
    this.#worker.onmessage = (event: MessageEvent<LabReply>) => {
      if (this.#finished) return;
      const reply = event.data;
      onReply(reply, this);
      if (reply.type !== 'rows') this.#end('finished');
    };
    this.#worker.onerror = (event) => {
      event.preventDefault();
      if (this.#finished) return;
      onReply({ type: 'crashed', message: event.message || 'the simulator stopped with an error' }, this);
      this.#end('finished');
    };
    this.#worker.postMessage(request);
  }

  /** Stops the worker now; its pending replies are dropped. */
  cancel(): void {
    this.#end('cancelled');
  }

  get finished(): boolean {
    return this.#finished;
  }

  #end(how: 'finished' | 'cancelled'): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#worker.terminate();
    this.#resolve(how);
  }
}

/** A blob URL for the worker code inlined in `#lab-worker-code`. */
export function workerUrlFrom(doc: Document): string {
  const code = doc.getElementById('lab-worker-code')?.textContent ?? '';
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}
