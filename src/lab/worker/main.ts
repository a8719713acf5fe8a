import './jitless.js';
import type { LabReply, LabRequest } from '../labProtocol.js';
import { handle } from './labCore.js';

/** The worker's global scope, typed by what it uses (the node type-check has no WebWorker lib). */
const scope = globalThis as unknown as { onmessage: ((event: { data: LabRequest }) => void) | null; postMessage(reply: LabReply): void };

/**
 * Entry point of a lab Web Worker (bundled by scripts/bundle.mjs into dist/assets/lab-worker.js
 * and started from a blob URL by the page). One request per worker: the page terminates it when
 * the reply is complete or the user cancels.
 */
scope.onmessage = (event) => handle(event.data, (reply) => scope.postMessage(reply));
