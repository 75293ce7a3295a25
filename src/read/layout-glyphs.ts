/**
 * Character clean-up for text pulled out of PDFs and OCR: radicals back to ideographs, and
 * spaces that only stand for glyph spacing removed between CJK characters.
 */

/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) → the unified ideograph the glyph stands for. Some
 * PDF fonts map common characters (青 食 长 门 民 …) to these radical code points; NFKC does not
 * undo them (it does for the Kangxi block, U+2F00–U+2FDF).
 */
const radicalSupplement: Record<string, string> = {
  '⺁': '厂',
  '⺅': '亻',
  '⺆': '冂',
  '⺉': '刂',
  '⺊': '卜',
  '⺋': '㔾',
  '⺌': '小',
  '⺎': '兀',
  '⺏': '尣',
  '⺐': '尢',
  '⺒': '巳',
  '⺓': '幺',
  '⺔': '彑',
  '⺕': '彐',
  '⺖': '忄',
  '⺗': '㣺',
  '⺘': '扌',
  '⺙': '攵',
  '⺛': '旡',
  '⺜': '日',
  '⺝': '月',
  '⺞': '歺',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺢': '氺',
  '⺣': '灬',
  '⺤': '爫',
  '⺥': '爫',
  '⺦': '丬',
  '⺨': '犭',
  '⺩': '王',
  '⺪': '疋',
  '⺫': '罒',
  '⺬': '示',
  '⺭': '礻',
  '⺮': '竹',
  '⺯': '糹',
  '⺰': '纟',
  '⺱': '罓',
  '⺲': '罒',
  '⺳': '㓁',
  '⺶': '羊',
  '⺷': '羊',
  '⺹': '耂',
  '⺺': '肀',
  '⺻': '聿',
  '⺼': '月',
  '⺽': '臼',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻁': '虎',
  '⻂': '衤',
  '⻃': '覀',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻇': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻊': '足',
  '⻋': '车',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻏': '阝',
  '⻐': '钅',
  '⻑': '長',
  '⻒': '镸',
  '⻓': '长',
  '⻔': '门',
  '⻖': '阝',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻟': '飠',
  '⻠': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '斉',
  '⻬': '齐',
  '⻭': '歯',
  '⻮': '齿',
  '⻯': '竜',
  '⻰': '龙',
  '⻱': '龜',
  '⻲': '亀',
  '⻳': '龟',
};

/**
 * Kangxi radicals whose NFKC form is the traditional character while a simplified Chinese
 * font draws them as the simplified one (the font shares one glyph between both code points).
 */
const kangxiSimplified: Record<string, string> = {
  '\u2F3E': '户', // ⼾ → NFKC 戶
  '\u2FAD': '青', // ⾭ → NFKC 靑
  '\u2FC8': '黄', // ⿈ → NFKC 黃
};

/**
 * Rare characters a CJK font draws with the glyph of a common one, so that the PDF's text
 * comes out as the rare one (seen with Noto Sans CJK SC printed by chromium).
 */
const sharedGlyphs: Record<string, string> = {
  '\u3B35': '胶', // 㬵
};

/**
 * Kangxi radicals, radicals supplement and compatibility ideographs → unified ideographs; and
 * the horizontal bar ― (U+2015), which CJK fonts map the em dash glyph to, → the em dash — that
 * Chinese text uses (破折号 ——).
 */
export function unifyIdeographs(text: string): string {
  return text.replace(/[\u2015\u3B35\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/g, unified);
}

/** Chromium's PDFs give some thousand radicals a page: each is looked up once. */
const unifiedSeen = new Map<string, string>();

function unified(c: string): string {
  let out = unifiedSeen.get(c);
  if (out === undefined) {
    if (c === '\u2015') out = '\u2014';
    else
      out =
        sharedGlyphs[c] ??
        radicalSupplement[c] ??
        kangxiSimplified[c] ??
        // NFKC only for these blocks: applied to the whole text it would change 全角 punctuation.
        (c >= '\u2F00' ? c.normalize('NFKC') : c);
    unifiedSeen.set(c, out);
  }
  return out;
}

/** CJK ideographs and full-width punctuation: no spaces are written between them. */
const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u{20000}-\u{3FFFF}]/u;

export function isCjk(char: string): boolean {
  return cjk.test(char);
}

/** Removes whitespace runs that touch a CJK character on either side (OCR and PDF spacing). */
export function removeCjkSpaces(text: string): string {
  return text.replace(
    /(?<=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60])[ \t\u00A0]+|[ \t\u00A0]+(?=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60])/g,
    '',
  );
}
