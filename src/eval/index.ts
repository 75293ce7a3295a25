export { type ArtifactRow, byArtifact, formatByArtifact, formatFailures } from './report.js';
export { type ArticleOutcome, bodyParts, formatScores, norm, type Scores, scorePages } from './score.js';
export { similarityRatio } from './sequence-matcher.js';
