/**
 * Every knob of the page lay-out generator in one place. Probabilities are per page unless
 * a comment says per article or per paragraph; each page draws its own artifacts from them
 * with a PRNG seeded by (seed, page id), so a page looks the same whichever run draws it.
 */
export interface LayoutOptions {
  /** Master seed: same seed, same pages, same bytes. */
  seed: number;
  /** How many pages to lay out. */
  pages: number;
  /** dev = 2019-02, 2019-10, 2020-01; holdout = 2020-02. */
  set: 'dev' | 'holdout';
  /** Characters of body text a column holds before it is cut (drawn per page in this range). */
  columnChars: [number, number];
  /** Body lines hard-wrapped at the column edge like pdftotext, instead of one line a paragraph. */
  hardWrap: number;
  /** Width of a hard-wrapped line in characters (drawn per page). */
  lineChars: [number, number];
  /** Paragraphs separated by a single newline instead of a blank line. */
  singleNewline: number;
  /** Indent of a paragraph's first line: ideographic (　　), two spaces, or none (weights). */
  indent: { ideographic: number; spaces: number; none: number };
  /** A long main title printed with a space inside it, or over two lines (per article). */
  titleWrapSpace: number;
  titleWrapLines: number;
  /** Heads separated from each other and from the body by a single newline, not a blank line. */
  headsSingleNewline: number;
  /** A photo (caption + credit) dropped into an article's text (per article, at most two). */
  photo: number;
  /** The credit glued to the end of its caption instead of on its own line (per photo). */
  creditGlued: number;
  /** An invented byline printed before a body that has none (per article). */
  byline: number;
  /** That byline glued to the first paragraph (本报讯（记者 X）正文…) rather than on its own line. */
  bylineGlued: number;
  /** Running heads (paper, date, page, section) at the top or bottom. */
  runningHead: number;
  /** The whole page NFKC-normalised (ASCII , ( ) : ;). */
  nfkc: number;
  /** CRLF line ends. */
  crlf: number;
  /** The page written as GB18030 (GBK) bytes instead of UTF-8. */
  gb18030: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  seed: 1,
  pages: 100,
  set: 'dev',
  columnChars: [120, 700],
  hardWrap: 0.2,
  lineChars: [12, 28],
  singleNewline: 0.35,
  indent: { ideographic: 0.5, spaces: 0.2, none: 0.3 },
  titleWrapSpace: 0.15,
  titleWrapLines: 0.1,
  headsSingleNewline: 0.3,
  photo: 0.25,
  creditGlued: 0.3,
  byline: 0.3,
  bylineGlued: 0.4,
  runningHead: 0.4,
  nfkc: 0.25,
  crlf: 0.15,
  gb18030: 0.15,
};
