import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { toAlto } from '../export/alto.js';
import { InputError } from '../model.js';
import { parseSource } from '../parse.js';
import { readSourceFile } from '../read/file.js';
import { CliError, type Command } from './command.js';

const usage = 'baoku export alto FILE [--out FILE]';

/** `baoku export alto FILE`: ALTO XML 4.4 for a page (PDF, image or text). */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export a page as ALTO XML 4.4 (layout, lines, article tags)',
  usage,
  async run(argv, io) {
    let parsed: ReturnType<
      typeof parseArgs<{ options: { out: { type: 'string'; short: 'o' } }; allowPositionals: true }>
    >;
    try {
      parsed = parseArgs({
        args: argv,
        options: { out: { type: 'string', short: 'o' } },
        allowPositionals: true,
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
    }
    const [format, file, ...extra] = parsed.positionals;
    if (!format) throw new CliError(`give a format and a page file\nusage: ${usage}`);
    if (format !== 'alto')
      throw new CliError(`unknown export format '${format ?? ''}' (try: alto)\nusage: ${usage}`);
    if (!file || extra.length) throw new CliError(`give one page file\nusage: ${usage}`);
    let xml: string;
    try {
      const source = await readSourceFile(file);
      const page = parseSource(source, { source: basename(file), extract: false });
      xml = toAlto(source, page, { fileName: basename(file) });
    } catch (error) {
      if (error instanceof InputError) throw new CliError(`${file}: ${error.message}`, 1);
      throw error;
    }
    const out = parsed.values.out;
    if (!out || out === '-') {
      io.stdout.write(xml);
      return 0;
    }
    try {
      await writeFile(out, xml);
    } catch (error) {
      throw new CliError(
        `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        1,
      );
    }
    return 0;
  },
};
