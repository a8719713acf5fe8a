import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ioProblem } from '../io/ioProblem.js';
import { replaceFile } from '../io/outputSink.js';
import { InputError } from '../model/errors.js';

/** Files a study writes in its `--out` folder: a new study never overwrites them silently. */
export const STUDY_FILES = ['manifest.json', 'runs.jsonl', 'summary.json', 'summary.csv', 'summary.md', 'index.html', 'charts'] as const;
const LOCK = '.opcon.lock';
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Whether the folder is new to this study or holds an earlier run of it. */
export type FolderState = 'new' | 'resumed';

/**
 * A study's `--out` folder, held for writing: a lock file (created exclusively) stops a second
 * study from writing the same folder at the same time, `--resume` or not. A lock left by a
 * killed study (its process is gone) is taken over. Links placed inside the folder are never
 * followed: the study's own files are opened with O_NOFOLLOW or replaced by rename.
 */
export class StudyFolder {
  private constructor(
    readonly dir: string,
    readonly state: FolderState,
  ) {}

  /**
   * Opens `dir` for the study whose manifest text is `manifest`: refuses a file, a folder held by
   * a running study, a folder holding a different study or another study's outputs, and a
   * resume of nothing.
   */
  static open(dir: string, manifest: string, resume: boolean): StudyFolder {
    if (dir === '') throw InputError.at(undefined, 'the path is empty', 'give a folder for the study', '--out');
    try {
      if (existsSync(dir) && !statSync(dir).isDirectory()) {
        throw InputError.at(undefined, `${JSON.stringify(dir)} is a file, and a study writes a folder`, 'give a folder (new or holding this study), or remove the file', '--out');
      }
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw ioProblem(err, dir);
    }
    lock(dir);
    try {
      const state = checkContents(dir, manifest, resume);
      if (state === 'new') replaceFile(join(dir, 'manifest.json'), manifest);
      return new StudyFolder(dir, state);
    } catch (err) {
      unlock(dir);
      throw err;
    }
  }

  /** Gives the folder back (removes the lock). */
  release(): void {
    unlock(this.dir);
  }
}

function checkContents(dir: string, manifest: string, resume: boolean): FolderState {
  const manifestPath = join(dir, 'manifest.json');
  for (const name of STUDY_FILES) {
    const p = join(dir, name);
    if (existsLink(p)) throw InputError.at(undefined, `${JSON.stringify(p)} is a symbolic link; a study never writes through links in its folder`, 'remove the link, or choose another --out folder', '--out');
  }
  if (!existsSync(manifestPath)) {
    const found = STUDY_FILES.filter((f) => existsSync(join(dir, f)));
    if (found.length > 0) throw InputError.at(undefined, `${JSON.stringify(dir)} already holds ${found.join(', ')} but no manifest.json: they are not this study's`, 'choose an empty or new --out folder, or remove those files', '--out');
    return 'new';
  }
  if (!resume) throw InputError.at(undefined, `${JSON.stringify(dir)} already holds a study`, 'pass --resume to complete it, or choose another --out directory', '--out');
  if (readFileSync(manifestPath, 'utf8') !== manifest) {
    throw InputError.at(undefined, `${JSON.stringify(dir)} holds a different study (scenario, designs, design or study files, seed, runs, points or opcon version differ)`, 'resume with the same arguments and unchanged files, or choose another --out directory', '--resume');
  }
  return 'resumed';
}

function existsLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function lock(dir: string): void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw ioProblem(err, dir);
    }
    const holder = lockHolder(path);
    if (holder !== undefined && holder !== process.pid && alive(holder)) {
      throw InputError.at(undefined, `${JSON.stringify(dir)} is being written by another study (process ${holder})`, `wait for it to finish or choose another --out folder (if no study is running, delete ${join(dir, LOCK)})`, '--out');
    }
    // Left by a study that was killed: take it over.
    rmSync(path, { force: true });
  }
  throw InputError.at(undefined, `cannot lock ${JSON.stringify(dir)}`, 'check that no other study is writing it, then try again', '--out');
}

function lockHolder(path: string): number | undefined {
  try {
    if (lstatSync(path).isSymbolicLink()) return undefined;
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlock(dir: string): void {
  rmSync(join(dir, LOCK), { force: true });
}
