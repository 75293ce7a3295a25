import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** An input the command could not take, with the reason a person reads. */
export interface Failure {
  file: string;
  reason: string;
}

export interface InputOptions {
  /** File endings that make a page file, lower case with the dot. */
  extensions: Set<string>;
  /** Walk directories all the way down (ingest) or take only the files directly inside (parse). */
  recursive: boolean;
  /** The reason given for a directory without page files. */
  emptyReason: string;
  /** '-' stands for standard input. */
  stdin: boolean;
}

/**
 * Expands command arguments into page files, in sorted order: '-' (standard input) and files
 * as given, directories into the page files they hold. Missing paths and empty directories
 * become failures, so a batch goes on and reports them at the end.
 */
export function collectPageFiles(
  paths: string[],
  options: InputOptions,
): { files: string[]; failures: Failure[] } {
  const files: string[] = [];
  const failures: Failure[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.recursive) walk(path);
      } else if (options.extensions.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    if (path === '-' && options.stdin) {
      files.push(path);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      failures.push({ file: path, reason: 'no such file or directory' });
      continue;
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    const before = files.length;
    walk(path);
    if (files.length === before) failures.push({ file: path, reason: options.emptyReason });
  }
  return { files, failures };
}
