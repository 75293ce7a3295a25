import type { Html } from './html.js';

/**
 * What every handler returns: the data (the JSON twin), how to draw it as HTML, and for
 * exportable views the flat rows of the JSONL/CSV export. One handler serves every format.
 */
export interface View {
  title: string;
  data: unknown;
  html: () => Html;
  /** Rows for ?format=jsonl|csv, when the view can be exported. */
  rows?: () => Record<string, unknown>[];
  /** The search box's value. */
  query?: string;
}

/** URL query parameters, one value each. */
export type Params = Record<string, string | undefined>;
