/**
 * The one model every stage of Baoku passes along.
 *
 *   read      bytes (text / PDF / image)      → SourcePage  { lines: Line[] }
 *   segment   Line[]                          → Block[]     (each with a role)
 *   assemble  Block[]                         → Article[]
 *   extract   Article[]                       → people, organisations, events
 *   store / serve                             → the archive
 *
 * All values are plain JSON (no classes, no Maps), so any stage's output can be printed,
 * stored or compared. A node that came from the page carries its source position.
 * `Article` is the page contract of ../shared/CONTRACT.md plus optional extras
 * (`position`, `regions`, `data`), so turning a Page into contract JSON drops nothing.
 */

/** A rectangle on the page, origin top-left, in the reader's units (PDF points or image pixels). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a node came from: 1-based line numbers in the decoded source, inclusive. */
export interface Position {
  start: number;
  end: number;
}

/**
 * One line of the page as a reader yields it. Every reader (text, PDF, image) yields the
 * same shape: blank lines are kept as `text: ''` because they separate blocks. Geometry is
 * present only when the reader knows it.
 */
export interface Line {
  /** The text of the line, without its line terminator; leading indents are kept. */
  text: string;
  /** 1-based line number in the reader's output. */
  line: number;
  box?: Box;
  /** Font size in points (PDF) or x-height-derived size (OCR). */
  fontSize?: number;
  /** 0-based column index when the reader detected columns. */
  column?: number;
  /**
   * PDF and image readers give one line per block (a paragraph, a head, a caption), joined
   * from the printed lines, which are kept here with their own boxes (ALTO, article regions).
   */
  printed?: { text: string; box: Box }[];
}

/** What the reader found out about the source itself. */
export interface SourcePage {
  format: 'text' | 'pdf' | 'image';
  /** Character encoding the text was decoded from ('utf-8', 'gb18030'), for text input. */
  encoding?: string;
  lines: Line[];
  /** Page size in the reader's units, for PDF and image input. */
  width?: number;
  height?: number;
}

/**
 * The role of a block. Roles in the first group make up articles; the others are page
 * furniture that assemble drops or attaches (captions to photos, jumps to continuations).
 */
export type BlockRole =
  | 'kicker' // 引题
  | 'title' // 主题
  | 'subtitle' // 副题
  | 'byline' // 本报讯(记者 X) standing alone, or 本报记者 X
  | 'paragraph'
  | 'subhead' // 小标题 inside a body
  | 'caption' // photo caption (图为…)
  | 'credit' // photo credit (记者 X 摄, 图/X)
  | 'jump' // (下转4版), （上接第一版）
  | 'running-head'; // paper name, date, page number at the page edge

/** A run of lines with one role. `text` is the lines joined with column cuts undone. */
export interface Block {
  role: BlockRole;
  text: string;
  position: Position;
  /** True when the block ends where the paragraph ends (not cut by a column or page edge). */
  complete?: boolean;
  box?: Box;
  /** Free slot for stages to leave notes (scores, reasons) without changing the model. */
  data?: Record<string, unknown>;
}

export interface Byline {
  /** Exactly as printed; it is removed from the body. */
  text: string;
  /** 渝西都市报, 新华社, 本报 … */
  source?: string;
  reporters: string[];
  correspondents?: string[];
  /** From datelines such as 本报北京10月14日电. */
  place?: string;
  date?: string;
}

export interface Photo {
  caption: string | null;
  credit: string | null;
  photographers: string[];
}

export interface Jump {
  page: number;
  /** The jump line as printed: (下转4版). */
  marker?: string;
}

export interface Article {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: Byline | null;
  /** Body in reading order: column cuts rejoined, captions, credits and byline taken out. */
  paragraphs: string[];
  /** Indexes into `paragraphs` of in-body subheads (小标题). */
  subheadings: number[];
  photos: Photo[];
  continuedTo: Jump | null;
  continuedFrom: Jump | null;
  /** Source lines the article spans (text input). */
  position?: Position;
  /** Areas of the page the article covers (PDF and image input). */
  regions?: Box[];
  data?: Record<string, unknown>;
}

export interface Person {
  name: string;
  /** Every title the page gives the person, as printed (区委书记, 某国驻海州总领馆副总领事). */
  titles: string[];
  /** Indexes of the articles that name the person. */
  articles: number[];
}

export interface Organisation {
  name: string;
  articles: number[];
}

export type EventType = 'meeting' | 'signing' | 'inspection' | 'visit' | 'call' | 'speech' | string;

/** Role names of CONTRACT.md: attended, participated, presided, spoke, signed, led, met, reported. */
export type EventRoles = Record<string, string[]>;

export interface PageEvent {
  article: number;
  type: EventType;
  /** MM-DD when the year is not known, YYYY-MM-DD when the issue date is. */
  date: string | null;
  timeOfDay?: 'morning' | 'afternoon' | 'evening' | 'night';
  name?: string;
  place?: string;
  roles: EventRoles;
}

/** A warning or error tied to a place in the source, with a stable rule id (vfile style). */
export interface Message {
  rule: string;
  reason: string;
  line?: number;
  fatal?: boolean;
}

/** The page: what `baoku parse` returns. */
export interface Page {
  /** File name or label of the source, when known. */
  source?: string;
  paper?: string;
  /** Issue date, YYYY-MM-DD, when known (from options or a running head). */
  date?: string;
  /** Page (版) number, when known. */
  page?: number;
  format?: SourcePage['format'];
  encoding?: string;
  width?: number;
  height?: number;
  articles: Article[];
  people: Person[];
  organisations: Organisation[];
  events: PageEvent[];
  messages: Message[];
}

/** Options of `parsePage`. */
export interface ParseOptions {
  /** Label of the source (file name) for messages. */
  source?: string;
  paper?: string;
  /** Issue date YYYY-MM-DD: resolves 昨天, 7月7日 etc. to full dates. */
  date?: string;
  page?: number;
  /** Run the extract stage (people, organisations, events). Default true. */
  extract?: boolean;
}

/** Thrown for input that cannot be read at all (binary, empty, undecodable). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly rule: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
