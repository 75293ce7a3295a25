/**
 * The artifacts the generator records in a truth file (`pageArtifacts` for the page-wide
 * ones, `artifacts` on each article), so `baoku eval --by-artifact` can group failures.
 * A test checks that every artifact drawn is listed here and every one listed is drawn.
 */
export const artifactDescriptions: Record<string, string> = {
  // page-wide
  'hard-wrap': 'body lines hard-wrapped at the column edge like pdftotext; a column end is a blank line',
  'single-newline': 'paragraphs separated by a single newline, not a blank line',
  'heads-single-newline': 'kicker, title, subtitle and body separated by single newlines',
  'indent-ideographic': 'paragraphs open with 　　',
  'indent-spaces': 'paragraphs open with two spaces',
  'indent-none': 'paragraphs have no indent',
  'lone-punct': 'a closing 。 or ” alone on a line',
  'running-head-top': 'paper, date, page or section lines at the top of the page',
  'running-head-bottom': 'paper, date, page or section lines at the bottom of the page',
  nfkc: 'the whole page NFKC-normalised (ASCII , ( ) : ;)',
  crlf: 'CRLF line ends',
  gb18030: 'the page is GB18030 (GBK) bytes',
  // per article
  kicker: 'the article has a 引题',
  subtitle: 'the article has a 副题',
  'title-space': 'the main title printed with a space where it wrapped',
  'title-two-lines': 'the main title printed over two lines',
  dateline: 'the source body opens with its byline as printed (本报北京9月30日电（记者X）)',
  'byline-apart': 'an invented byline on its own line before the body',
  'byline-glued': 'an invented 本报讯（记者 X）byline glued to the first paragraph',
  'column-cut': 'a paragraph of the article is cut at a column end',
  photo: 'a caption and credit dropped into the text, splitting a word',
  'credit-glued': 'a photo credit glued to the end of its caption',
  'credit-paper-reporter-spaced': 'credit form 渝西都市报记者 X 摄',
  'credit-xinhua': 'credit form 新华社记者 X摄',
  'credit-benbao': 'credit form 本报记者 X摄',
  'credit-benbao-nbsp': 'credit form 本报记者  X摄 with no-break spaces',
  'credit-yingxiang': 'credit form X摄（影像中国）',
  'credit-tu-slash': 'credit form 图/X',
  'credit-tu-wen': 'credit form 图/文X',
  'credit-tu-wen-split': 'credit form 图/X 文/Y',
  'picture-story': 'a picture story: a short caption body and its credit line',
  'closing-credit': 'a longer article whose body ends with a photo credit line',
  subheads: 'in-body subheads (short lines without final punctuation)',
  'jump-to': 'the article continues on a later page: (下转N版) after the cut',
  'jump-from': 'the article continues from an earlier page: （上接第N版） before the body',
};
