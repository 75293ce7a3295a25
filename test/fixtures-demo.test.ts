import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from '../src/model.js';
import { parsePage } from '../src/parse.js';
import { repoRoot } from './helpers.js';

/** The bundled demo archive: demo/pages/<paper>/<YYYY-MM-DD>/<NN>.txt, all invented news. */
const pagesDir = join(repoRoot, 'demo', 'pages');

interface DemoPage {
  paper: string;
  date: string;
  page: number;
  path: string;
}

function demoPages(): DemoPage[] {
  const out: DemoPage[] = [];
  for (const paper of readdirSync(pagesDir).sort()) {
    for (const date of readdirSync(join(pagesDir, paper)).sort()) {
      for (const file of readdirSync(join(pagesDir, paper, date)).sort()) {
        const m = /^(\d+)\.txt$/.exec(file);
        if (m) out.push({ paper, date, page: Number(m[1]), path: join(pagesDir, paper, date, file) });
      }
    }
  }
  return out;
}

const pages = existsSync(pagesDir) ? demoPages() : [];
const label = (p: DemoPage) => `${p.paper}/${p.date}/${String(p.page).padStart(2, '0')}`;
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

function parseDemo(p: DemoPage): Page {
  return parsePage(readFileSync(p.path), { source: label(p), paper: p.paper, date: p.date, page: p.page });
}

test('demo: two papers, each with several issues of several pages, in the path layout', () => {
  const papers = new Set(pages.map((p) => p.paper));
  assert.ok(papers.size >= 2, `papers found: ${[...papers].join(', ') || 'none'}`);
  for (const p of pages) {
    assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/, `${label(p)}: date folder`);
    assert.ok(p.page >= 1, `${label(p)}: page number`);
  }
  assert.ok(pages.length >= 20, `only ${pages.length} demo pages`);
});

test('demo: every page parses and yields at least one titled article', () => {
  const failures: string[] = [];
  for (const p of pages) {
    try {
      const page = parseDemo(p);
      if (page.articles.length === 0) failures.push(`${label(p)}: no articles`);
      page.articles.forEach((a, i) => {
        if (!norm(a.title)) failures.push(`${label(p)}: article ${i} has no title`);
      });
    } catch (error) {
      failures.push(`${label(p)}: ${(error as Error).message}`);
    }
  }
  assert.deepEqual(failures, []);
});

/** Counts the jump lines printed on a page: （下转4版） / (下转A04版) and （上接第一版）. */
function jumpLines(p: DemoPage): { to: number; from: number } {
  const bytes = readFileSync(p.path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  const lines = text.split(/\r?\n/).map((line) => line.normalize('NFKC').trim());
  return {
    to: lines.filter((line) => /^\(下转.{1,6}\)$/u.test(line)).length,
    from: lines.filter((line) => /^\(上接.{1,6}\)$/u.test(line)).length,
  };
}

test('demo: every jump on a page points to a page of the same issue carrying the continuation', () => {
  const byIssue = new Map<string, Map<number, Page>>();
  for (const p of pages) {
    const key = `${p.paper}/${p.date}`;
    if (!byIssue.has(key)) byIssue.set(key, new Map());
    byIssue.get(key)!.set(p.page, parseDemo(p));
  }
  const problems: string[] = [];
  let jumps = 0;
  for (const [issue, issuePages] of byIssue) {
    for (const [number, page] of issuePages) {
      // The printed jump lines are the truth: each one must become a continuedTo / continuedFrom.
      const printed = jumpLines(pages.find((p) => `${p.paper}/${p.date}` === issue && p.page === number)!);
      const to = page.articles.filter((a) => a.continuedTo).length;
      const from = page.articles.filter((a) => a.continuedFrom).length;
      if (printed.to !== to)
        problems.push(`${issue} page ${number}: ${printed.to} 下转 lines, ${to} continuedTo`);
      if (printed.from !== from) {
        problems.push(`${issue} page ${number}: ${printed.from} 上接 lines, ${from} continuedFrom`);
      }
      for (const article of page.articles) {
        if (!article.continuedTo) continue;
        jumps++;
        const target = issuePages.get(article.continuedTo.page);
        const continuation = target?.articles.find(
          (a) => a.continuedFrom?.page === number && norm(a.title) === norm(article.title),
        );
        if (!continuation) {
          problems.push(
            `${issue} page ${number} «${article.title}» → page ${article.continuedTo.page}: no continuation found`,
          );
        }
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(jumps >= 6, `only ${jumps} jumps found across the demo issues`);
});
