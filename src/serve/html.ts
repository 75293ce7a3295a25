import { escapeHtml } from '../store/snippet.js';

/** HTML that is already safe: template values of this type are not escaped again. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks a string as safe HTML (only for markup we made, such as escaped snippets). */
export const raw = (value: string): Html => new Html(value);

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: every interpolated value is escaped unless it is Html; arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

const style = `
:root{--ink:#1b1b1b;--muted:#5d5d5d;--line:#ddd;--accent:#a4161a;--bg:#fffdf8;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.8 "Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;
 text-rendering:optimizeLegibility;-webkit-text-size-adjust:100%}
a{color:var(--accent)}
header.site,footer.site{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif}
header.site{border-bottom:3px double var(--ink);padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center}
header.site .brand{font-weight:700;font-size:1.3rem;text-decoration:none;color:var(--ink);letter-spacing:.1em}
header.site nav a{margin-right:.8rem}
header.site form{margin-left:auto;display:flex;gap:.3rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;line-height:1.35;margin:.4rem 0}
h2{font-size:1.2rem;line-height:1.4}
.kicker,.subtitle{color:var(--muted);margin:.2rem 0}
.byline{font-family:"Noto Sans CJK SC",sans-serif;color:var(--muted);font-size:.95rem}
article p{text-indent:2em;margin:.6rem 0;text-align:justify}
article h2.subhead{text-indent:0;font-size:1.05rem;margin:1.2rem 0 .4rem}
.jump{font-family:"Noto Sans CJK SC",sans-serif;font-size:.95rem;margin:1rem 0}
figure{margin:1rem 0;padding:.6rem;border:1px solid var(--line);background:#fff}
figcaption{font-size:.92rem;color:var(--muted)}
ol.results,ul.plain{list-style:none;padding:0}
ol.results li,ul.plain li{border-bottom:1px solid var(--line);padding:.6rem 0}
.meta{font-family:"Noto Sans CJK SC",sans-serif;color:var(--muted);font-size:.88rem}
mark{background:#ffe58a;color:inherit;padding:0 .05em}
input,select,button{font:inherit;font-size:1rem;padding:.25rem .4rem;max-width:100%}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
table.calendar{border-collapse:collapse;margin:.5rem 0 1.2rem}
table.calendar th,table.calendar td{width:2.4rem;height:2.2rem;text-align:center;border:1px solid var(--line);font-family:sans-serif}
table.calendar td a{display:block;font-weight:700}
.scan{position:relative;max-width:100%;border:1px solid var(--line)}
.scan img{display:block;width:100%;height:auto}
.scan a.hotzone{position:absolute;display:block;pointer-events:none;outline:none}
.scan a.hotzone .zone{position:absolute;pointer-events:auto;cursor:pointer;border-radius:2px}
.scan a.hotzone.hit .zone{background:rgba(255,210,40,.38)}
.scan a.hotzone:hover .zone,.scan a.hotzone:focus .zone{background:rgba(164,22,26,.13);box-shadow:0 0 0 2px var(--accent)}
.scan a.hotzone:focus-visible{outline:2px dashed var(--accent);outline-offset:4px}
.scan a.hotzone .label{display:none;position:absolute;left:0;bottom:100%;z-index:2;width:max-content;max-width:100%;
 margin-bottom:4px;padding:.1rem .4rem;background:var(--ink);color:#fff;font:600 .85rem/1.4 "Noto Sans CJK SC",sans-serif}
.scan a.hotzone:hover .label,.scan a.hotzone:focus .label{display:block}
.badge{background:#ffe58a;color:var(--ink);padding:0 .3em;border-radius:2px}
.pager{display:flex;gap:1rem;margin:1rem 0}
footer.site{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem 1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:600px){body{font-size:16px}header.site form{margin-left:0;width:100%}header.site form input{flex:1}h1{font-size:1.4rem}}
`;

/** The page shell: landmarks, a skip link, the site search, lang="zh-CN". */
export function layout(title: string, body: Html, query = ''): string {
  return `<!doctype html>${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 报库 Baoku</title>
<style>${raw(style)}</style>
</head>
<body>
<a class="visually-hidden" href="#main">跳到正文</a>
<header class="site" role="banner">
<a class="brand" href="/">报库</a>
<nav aria-label="主导航"><a href="/">报纸</a><a href="/people">人物</a><a href="/events">事件</a><a href="/reporters">记者</a></nav>
<form action="/search" method="get" role="search">
<label class="visually-hidden" for="site-q">搜索</label>
<input id="site-q" type="search" name="q" value="${query}" placeholder="搜索文章、人物">
<button type="submit">搜索</button>
</form>
</header>
<main id="main">
${body}
</main>
<footer class="site" role="contentinfo">报库 Baoku · 每个页面都有 JSON：加 <code>?format=json</code></footer>
</body>
</html>`}`;
}
