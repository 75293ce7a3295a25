import { notYet } from './command.js';

export const exportCommand = notYet('export', 'export pages (ALTO XML, JSONL, CSV)');
