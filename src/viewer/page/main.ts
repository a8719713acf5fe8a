import type { RecordedRun } from '../../model/recordedRun.js';
import { mountViewer } from './mountViewer.js';

/**
 * Entry point of the offline viewer page: reads the run inlined as JSON in `#opcon-data` and
 * mounts the viewer in `#opcon-viewer`. Bundled by esbuild at build time (scripts/bundle.mjs).
 */
const data = document.getElementById('opcon-data');
const host = document.getElementById('opcon-viewer');
if (data && host) mountViewer(host, JSON.parse(data.textContent ?? '{}') as RecordedRun);
