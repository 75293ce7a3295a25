import { notYet } from './command.js';

export const ingestCommand = notYet('ingest', 'parse pages into an archive database');
