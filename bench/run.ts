/**
 * `npm run bench`: speed figures, one section a module. Each section exports
 * `run(): Promise<void>` and prints its own lines; add a section by adding it below.
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

for (const [name, run] of sections) {
  process.stdout.write(`\n== ${name} ==\n`);
  await run();
}
