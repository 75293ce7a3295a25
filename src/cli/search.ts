import { notYet } from './command.js';

export const searchCommand = notYet('search', 'full-text search of an archive');
