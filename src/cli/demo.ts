import { notYet } from './command.js';

export const demoCommand = notYet('demo', 'build the demo archive from bundled sample pages and serve it');
