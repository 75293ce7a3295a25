import { notYet } from './command.js';

export const serveCommand = notYet('serve', 'serve the web reader and JSON API of an archive');
