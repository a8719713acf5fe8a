import type { LabPageData } from './labData.js';
import { mountLab } from './labApp.js';

/**
 * Entry point of the lab page (`opcon lab --out lab.html`): reads the files inlined in
 * `#lab-data` and mounts the lab in `#opcon-lab`. Bundled by esbuild (scripts/bundle.mjs).
 */
const data = document.getElementById('lab-data');
const host = document.getElementById('opcon-lab');
if (data && host) mountLab(host, JSON.parse(data.textContent ?? '{}') as LabPageData);
