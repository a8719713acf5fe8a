import type { FileTree } from '../labProtocol.js';

/** What the lab page carries inline (`#lab-data`): everything it needs, nothing fetched. */
export interface LabPageData {
  /** opcon's version, stamped into runs as `opcon run` stamps it. */
  readonly version: string;
  /** Shipped files: path relative to the package root -> YAML text. */
  readonly files: FileTree;
  /** Built-in designs, by id, with their names. */
  readonly designs: readonly { readonly id: string; readonly name: string }[];
}
