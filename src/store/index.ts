export { indexStories, storyText } from './index-stories.js';
export {
  completeDate,
  type IngestResult,
  ingestPage,
  type PageImage,
  type PageKey,
  savePageImage,
} from './ingest.js';
export { relinkIssue } from './jumps.js';
export { type PersonResolver, resolvePerson, titleFit, titlesCompatible } from './people.js';
export { ArchiveError, type Db, migrations, openArchive, schemaVersion } from './schema.js';
export { maxLimit, type SearchFilters, type SearchHit, type SearchResult, search } from './search.js';
export { escapeHtml, snippet } from './snippet.js';
export { isJumpLine, parseQuery } from './tokens.js';
