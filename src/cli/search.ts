import { ArchiveError, openArchive, type SearchFilters, search } from '../store/index.js';
import { asDate } from '../store/page-path.js';
import { CliError, type Command, readArgs } from './command.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search of an archive',
  usage: `baoku search QUERY --db FILE [--json] [--paper P] [--from D] [--to D] [--page N] [--reporter R] [--person P] [--limit N] [--offset N]

  QUERY          words (AND); "quoted phrase"; Chinese is matched by characters, so 胡楠 finds 胡楠
  --json         print {total, results: [{paper, date, page, title, snippet, articleId, url}]}
  --from/--to    issue dates YYYY-MM-DD, inclusive; --limit defaults to 20`,
  async run(argv, io) {
    const { values, positionals } = readArgs(this, argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      paper: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      page: { type: 'string' },
      reporter: { type: 'string' },
      person: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
    });
    const query = positionals.join(' ');
    if (!query.trim()) throw new CliError(`no query given\nusage: ${this.usage}`);
    if (typeof values.db !== 'string') throw new CliError(`--db FILE is required\nusage: ${this.usage}`);
    const filters: SearchFilters = {
      paper: values.paper as string | undefined,
      reporter: values.reporter as string | undefined,
      person: values.person as string | undefined,
    };
    for (const name of ['from', 'to'] as const) {
      const value = values[name] as string | undefined;
      if (value === undefined) continue;
      const date = asDate(value);
      if (!date) throw new CliError(`--${name} wants a date as YYYY-MM-DD, got '${value}'`);
      filters[name] = date;
    }
    for (const name of ['page', 'limit', 'offset'] as const) {
      const value = values[name] as string | undefined;
      if (value === undefined) continue;
      const n = Number(value);
      if (!(Number.isInteger(n) && n >= (name === 'page' ? 1 : 0)))
        throw new CliError(`--${name} wants a whole number, got '${value}'`);
      filters[name] = n;
    }
    try {
      const db = openArchive(values.db, { readonly: true });
      try {
        const found = search(db, query, filters);
        if (values.json) io.stdout.write(`${JSON.stringify(found, null, 1)}\n`);
        else {
          const shown = found.results.length;
          const first = (filters.offset ?? 0) + 1;
          io.stdout.write(
            `${found.total} result${found.total === 1 ? '' : 's'}` +
              (shown && shown < found.total
                ? ` (showing ${first}–${first + shown - 1}; --offset N for more)`
                : '') +
              '\n',
          );
          for (const hit of found.results) {
            const text = hit.snippet
              .replace(/<mark>/g, '【')
              .replace(/<\/mark>/g, '】')
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&#39;/g, "'")
              .replace(/&amp;/g, '&')
              .replace(/\s+/g, ' ');
            io.stdout.write(
              `\n${hit.paper} ${hit.date} 第${hit.page}版  ${hit.title}  [${hit.articleId}]\n  ${text}\n`,
            );
          }
        }
        return 0;
      } finally {
        db.close();
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw new CliError(error.message);
      throw error;
    }
  },
};
