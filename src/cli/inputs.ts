import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { splitPageRef } from '../read/file.js';

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
      // one page of a PDF (issue.pdf#page=3) stands for the PDF's file
      isDir = statSync(splitPageRef(path).path).isDirectory();
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

/**
 * A PDF of several pages (a whole issue) stands for each of its pages: issue.pdf#page=1, #page=2…
 * Files that are no PDF, or cannot be opened, stay as they are for the readers to report.
 */
export async function expandPdfPages(files: string[]): Promise<string[]> {
  if (!files.some(isWholePdf)) return files;
  // pdfjs is loaded only when there are PDFs to count
  const { pdfPageCount } = await import('../read/pdf.js');
  const out: string[] = [];
  for (const file of files) {
    let count = 1;
    if (isWholePdf(file)) {
      try {
        count = await pdfPageCount(readFileSync(file));
      } catch {
        count = 1;
      }
    }
    if (count > 1) for (let n = 1; n <= count; n++) out.push(`${file}#page=${n}`);
    else out.push(file);
  }
  return out;
}

const isWholePdf = (file: string) => extname(file).toLowerCase() === '.pdf';

/** The name an input's output takes: the file's name without its ending, and the PDF page. */
export function outputName(file: string): string {
  if (file === '-') return 'stdin';
  const { path, page } = splitPageRef(file);
  const name = basename(path, extname(path));
  return page === undefined ? name : `${name}-${page}`;
}
