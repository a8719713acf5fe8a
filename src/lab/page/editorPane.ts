import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import type { Problem } from '../../model/errors.js';

/** The page's style nonce: CodeMirror adds its own <style> elements and must carry it (CSP). */
export const STYLE_NONCE = 'opcon-lab';

/** A YAML editor with line numbers whose problems come from the simulator's own loader. */
export interface EditorPane {
  readonly view: EditorView;
  /** Shows another file's text, without firing `onChange`. */
  show(path: string, text: string): void;
  /** The file shown. */
  readonly path: () => string;
}

/**
 * Mounts a CodeMirror 6 editor in `parent`. `check(path, text)` validates the file as `opcon
 * validate` does (in a worker) and returns its problems; those in this file become diagnostics
 * at their line:column, the others are passed to `elsewhere` (a design's problem while editing
 * the scenario that uses it). `onChange` hears every edit.
 */
export function mountEditor(parent: HTMLElement, check: (path: string, text: string) => Promise<readonly Problem[]>, elsewhere: (problems: readonly Problem[]) => void, onChange: (path: string, text: string) => void): EditorPane {
  let current = '';
  let quiet = false;
  const view = new EditorView({
    parent,
    extensions: [
      basicSetup,
      yaml(),
      lintGutter(),
      EditorView.cspNonce.of(STYLE_NONCE),
      EditorView.lineWrapping,
      linter(
        async (v) => {
          const text = v.state.doc.toString();
          const problems = await check(current, text);
          const here = problems.filter((p) => p.file === current);
          elsewhere(problems.filter((p) => p.file !== current));
          return here.map((p) => diagnosticOf(v, p));
        },
        { delay: 400 },
      ),
      EditorView.updateListener.of((u) => {
        if (u.docChanged && !quiet) onChange(current, u.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    path: () => current,
    show(path, text) {
      current = path;
      quiet = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      quiet = false;
    },
  };
}

/** A problem at `line:column` as a diagnostic over the rest of that line. */
function diagnosticOf(view: EditorView, p: Problem): Diagnostic {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(p.line ?? 1, 1), doc.lines));
  const from = Math.min(line.from + Math.max((p.column ?? 1) - 1, 0), line.to);
  return { from, to: Math.max(from, line.to), severity: 'error', message: `${place(p)}: ${p.what}; ${p.fix}` };
}

/** `file:line:column`, as `opcon validate` prints it. */
export function place(p: Problem): string {
  return p.line === undefined ? p.file : p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
}
