import { notYet } from './command.js';

export const layoutCommand = notYet('layout', 'lay out raw test pages with truth from ../shared/data/rmrb');
