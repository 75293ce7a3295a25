import { basename, dirname, extname } from 'node:path';

/** What a file's path tells about its page; any part may be missing. */
export interface PathMetadata {
  paper?: string;
  date?: string;
  page?: number;
}

/** YYYY-MM-DD or YYYYMMDD (also with _ or .) as YYYY-MM-DD, when it is a real calendar date. */
export function asDate(text: string): string | undefined {
  const m = /^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function asPage(text: string): number | undefined {
  const m = /^(?:p|page|第)?0*(\d{1,3})版?$/i.exec(text);
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : undefined;
}

function asPaper(text: string): string | undefined {
  if (!text || text === '.' || text === '..' || text === '/' || asDate(text) || /^\d+$/.test(text))
    return undefined;
  return text;
}

/**
 * Reads paper, date and page from the layouts Baoku knows:
 *   <paper>/<YYYY-MM-DD>/<NN>.txt     <paper>/<YYYYMMDD>/<NN>.txt
 *   <paper>/<YYYYMMDD>-<NN>.txt       <paper>/<YYYY-MM-DD>_<NN>.txt
 *   <paper>-<YYYY-MM-DD>-<NN>.txt     <YYYY-MM-DD>/<NN>.txt (paper from --paper)
 * and a whole issue in one PDF, <paper>/<YYYY-MM-DD>.pdf (no page: its pages number themselves).
 */
export function metadataFromPath(path: string): PathMetadata {
  const stem = basename(path, extname(path));
  const parent = basename(dirname(path));
  const grandparent = basename(dirname(dirname(path)));
  const page = asPage(stem);
  if (page !== undefined) {
    const date = asDate(parent);
    return date ? { paper: asPaper(grandparent), date, page } : { page };
  }
  const dated = /^(?:(.+?)[-_ ])?(\d{4}-?\d{2}-?\d{2})[-_ ](?:p|page|第)?0*(\d{1,3})版?$/i.exec(stem);
  if (dated) {
    const date = asDate(dated[2]);
    const number = Number(dated[3]);
    if (date && number > 0) return { paper: asPaper(dated[1] ?? '') ?? asPaper(parent), date, page: number };
  }
  // a whole issue in one file (江城晚报/2025-09-18.pdf, 江城晚报-20250918.pdf): its pages are numbered by place
  const issue = /^(?:(.+?)[-_ ])?(\d{4}-?\d{2}-?\d{2})$/.exec(stem);
  const issueDate = issue ? asDate(issue[2]) : undefined;
  if (issue && issueDate) return { paper: asPaper(issue[1] ?? '') ?? asPaper(parent), date: issueDate };
  return {};
}
