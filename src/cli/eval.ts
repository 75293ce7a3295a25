import { notYet } from './command.js';

export const evalCommand = notYet('eval', 'score predicted pages against gold pages (CONTRACT.md metrics)');
