/**
 * `npm run bench`: speed figures, one section a module. Each section exports
 * `run(): Promise<void>` and prints its own lines; add a section by adding it below.
 * `node dist/bench/run.js archive pdf` runs only the sections named.
 */
import { run as archive } from './archive.js';
import { run as extract } from './extract.js';
import { run as parse } from './parse.js';
import { run as pdf } from './pdf.js';

const sections: Array<[string, () => Promise<void>]> = [
  ['parse', parse],
  ['extract', extract],
  ['archive', archive],
  ['pdf', pdf],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !sections.some(([known]) => known === name));
if (unknown.length) {
  process.stderr.write(
    `unknown bench section ${unknown.join(', ')} (sections: ${sections.map(([name]) => name).join(', ')})\n`,
  );
  process.exit(2);
}
for (const [name, run] of sections) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  await run();
}
