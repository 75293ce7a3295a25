export { assemble } from './assemble/index.js';
export { toContract } from './contract.js';
export { extract } from './extract/index.js';
export * from './model.js';
export { parseFile, parsePage, parseSource } from './parse.js';
export { decodeText, readText } from './read/text.js';
export { segment } from './segment/index.js';
