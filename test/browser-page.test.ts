import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { main } from '../src/cli/main.js';
import { startServer } from '../src/serve/server.js';
import { chromiumArgs, pageHtml } from './support/make-pdf.js';
import { samplePage } from './support/sample-page.js';
import { hasChromium, makeSamplePdf } from './support/sample-pdf.js';

type Box = { x: number; y: number; w: number; h: number };
interface PageTwin {
  image: { url: string; width: number; height: number };
  query: string | null;
  articles: { articleId: number; title: string; url: string; hit: boolean; regions: Box[] }[];
}

const paper = '青川晨报';
const date = '2026-03-09';
const pagePath = `/papers/${encodeURIComponent(paper)}/${date}/1`;

const center = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const inside = (p: { x: number; y: number }, b: Box, slack: number) =>
  p.x >= b.x - slack && p.x <= b.x + b.w + slack && p.y >= b.y - slack && p.y <= b.y + b.h + slack;

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} has no box on screen`);
  return { x: box.x, y: box.y, w: box.width, h: box.height };
}

/** The on-screen boxes of each article's hotzone pieces, by aria-label. */
async function zonesOnScreen(page: Page): Promise<Map<string, Box[]>> {
  const zones = await page.locator('.scan a.hotzone').evaluateAll((links) =>
    links.map((a) => ({
      label: a.getAttribute('aria-label') ?? '',
      boxes: Array.from(a.querySelectorAll('.zone')).map((z) => {
        const r = z.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    })),
  );
  return new Map(zones.map((z) => [z.label, z.boxes]));
}

/** Each hotzone piece lies where the JSON twin's region, scaled to the image as shown, says. */
async function assertZonesMatchRegions(page: Page, twin: PageTwin) {
  const image = await boxOf(page, '.scan img');
  const scale = image.w / twin.image.width;
  assert.ok(Math.abs(image.h / scale - twin.image.height) < 2, 'the image keeps its aspect ratio');
  const zones = await zonesOnScreen(page);
  for (const article of twin.articles) {
    const boxes = zones.get(article.title);
    assert.ok(boxes, `a hotzone named ${article.title}`);
    assert.equal(boxes.length, article.regions.length);
    article.regions.forEach((r, i) => {
      const want = { x: image.x + r.x * scale, y: image.y + r.y * scale, w: r.w * scale, h: r.h * scale };
      for (const k of ['x', 'y', 'w', 'h'] as const)
        assert.ok(
          Math.abs(boxes[i][k] - want[k]) < 1.5,
          `${article.title} region ${i} ${k}: ${boxes[i][k]} on screen, ${want[k]} wanted`,
        );
      assert.ok(inside(center(boxes[i]), image, 0), 'over the image');
    });
  }
}

test('the page view: the PDF page image with hotzones over the printed articles', {
  skip: hasChromium ? false : 'needs /usr/bin/chromium (apt-get install chromium)',
}, async (t) => {
  const { dir, pdfPath } = await makeSamplePdf();
  const laidOut = join(dir, 'pages', paper, date);
  mkdirSync(laidOut, { recursive: true });
  await copyFile(pdfPath, join(laidOut, '01.pdf'));
  const db = join(dir, 'a.sqlite');
  let stderr = '';
  const code = await main(['ingest', join(dir, 'pages'), '--db', db], {
    stdout: new PassThrough(),
    stderr: new PassThrough().on('data', (d) => {
      stderr += d;
    }),
    stdin: new PassThrough(),
  });
  assert.equal(code, 0, stderr);
  const server = await startServer({ db, port: 0, host: '127.0.0.1' });
  let browser: BrowserContext | undefined;
  try {
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: process.env.BAOKU_CHROMIUM ?? '/usr/bin/chromium',
      viewport: { width: 1200, height: 900 },
      args: chromiumArgs,
    });
    const page = await browser.newPage();
    const twinResponse = await page.goto(`${server.url}${pagePath}?format=json`);
    const twin = (await twinResponse?.json()) as PageTwin;
    const titles = samplePage.articles.map((a) => a.title);

    await t.test('the JSON twin carries the image and each article with its regions', () => {
      assert.match(twin.image.url, /^\/pages\/\d+\/image$/);
      assert.ok(twin.image.width > 0 && twin.image.height > 0);
      assert.deepEqual(
        twin.articles.map((a) => a.title),
        titles,
      );
      for (const a of twin.articles) assert.ok(a.regions.length > 0, `${a.title} has regions`);
      assert.equal(twin.query, null);
      assert.ok(twin.articles.every((a) => !a.hit));
    });

    await t.test('the image loads, with alt text, and each article is a named hotzone over it', async () => {
      await page.goto(`${server.url}${pagePath}`);
      const img = page.locator('.scan img');
      await img.evaluate((el: HTMLImageElement) => el.decode());
      assert.ok((await img.evaluate((el: HTMLImageElement) => el.naturalWidth)) > 0, 'the image is loaded');
      assert.equal(await img.getAttribute('alt'), `${paper} ${date} 第1版版面`);
      assert.deepEqual(
        await page.locator('.scan a.hotzone').evaluateAll((l) => l.map((a) => a.ariaLabel)),
        titles,
      );
      await assertZonesMatchRegions(page, twin);
      // Nothing is lit until a reader points at it.
      const shadows = await page
        .locator('.scan .zone')
        .evaluateAll((z) => z.map((e) => getComputedStyle(e).boxShadow));
      assert.ok(shadows.every((s) => s === 'none'));
      assert.equal(await page.locator('.scan .label').first().isVisible(), false);
    });

    await t.test('the hotzones lie where the articles are printed', async () => {
      // Lay the sample page out again as it was printed, and measure where each article is.
      const layout = await browser?.newPage();
      assert.ok(layout);
      await layout.setContent(pageHtml(samplePage), { waitUntil: 'load' });
      await layout.emulateMedia({ media: 'print' });
      const printed = await layout.evaluate(() =>
        Array.from(document.querySelectorAll('article')).map((a) => {
          const box = (e: Element | Range) => {
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, w: r.width, h: r.height };
          };
          // The title's ink, not its block (which runs the width of the page).
          const title = document.createRange();
          title.selectNodeContents(a.querySelector('.title') as Element);
          // Every printed line piece of its text: heads, body columns, caption, credit.
          const lines: { x: number; y: number; w: number; h: number }[] = [];
          const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of Array.from(range.getClientRects()))
              if (r.width > 2 && r.height > 2) lines.push({ x: r.x, y: r.y, w: r.width, h: r.height });
          }
          return { article: box(a), title: box(title), lines };
        }),
      );
      await layout.close();
      await page.goto(`${server.url}${pagePath}`);
      const image = await boxOf(page, '.scan img');
      // The page was printed 1000 CSS pixels wide.
      const toScreen = (b: Box): Box => {
        const s = image.w / 1000;
        return { x: image.x + b.x * s, y: image.y + b.y * s, w: b.w * s, h: b.h * s };
      };
      const zones = await zonesOnScreen(page);
      printed.forEach((where, i) => {
        const boxes = zones.get(titles[i]) ?? [];
        const article = toScreen(where.article);
        for (const b of boxes) assert.ok(inside(center(b), article, 2), `a piece of ${titles[i]} outside it`);
        const title = center(toScreen(where.title));
        assert.ok(
          boxes.some((b) => inside(title, b, 2)),
          `the printed title of ${titles[i]} is under its hotzone`,
        );
        // Its text lies under its pieces, and under no other article's.
        const lines = where.lines.map((l) => center(toScreen(l)));
        const under = lines.filter((p) => boxes.some((b) => inside(p, b, 2)));
        assert.ok(
          lines.length > 10 && under.length >= 0.95 * lines.length,
          `${titles[i]}: text outside its hotzone`,
        );
        const others = titles.filter((_, j) => j !== i).flatMap((other) => zones.get(other) ?? []);
        assert.ok(
          !lines.some((p) => others.some((b) => inside(p, b, -1))),
          `${titles[i]} under another hotzone`,
        );
      });
    });

    await t.test(
      'pointing at any piece lights the whole article and names it; a click opens it',
      async () => {
        await page.goto(`${server.url}${pagePath}`);
        const second = page.locator('.scan a.hotzone').nth(1);
        await second.locator('.zone').last().hover();
        const lit = (i: number) =>
          page
            .locator('.scan a.hotzone')
            .nth(i)
            .locator('.zone')
            .evaluateAll((z) => z.map((e) => getComputedStyle(e).boxShadow !== 'none'));
        assert.ok((await lit(1)).every(Boolean), 'every piece of the article is lit');
        assert.ok(!(await lit(0)).some(Boolean), 'the other articles are not');
        assert.ok(await second.locator('.label').isVisible());
        assert.equal(await second.locator('.label').textContent(), titles[1]);
        await page.locator('.scan a.hotzone').nth(2).locator('.zone').first().click();
        await page.waitForURL(/\/articles\/\d+$/);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), titles[2]);
        assert.equal(new URL(page.url()).pathname, twin.articles[2].url);
      },
    );

    await t.test(
      'by keyboard: Tab reaches the first article, which shows itself; Enter opens it',
      async () => {
        await page.goto(`${server.url}${pagePath}`);
        await page.getByRole('link', { name: '本期目录' }).focus();
        await page.keyboard.press('Tab');
        const focused = page.locator('.scan a.hotzone:focus');
        assert.equal(await focused.getAttribute('aria-label'), titles[0]);
        assert.ok(await focused.locator('.label').isVisible());
        const shadows = await focused
          .locator('.zone')
          .evaluateAll((z) => z.map((e) => getComputedStyle(e).boxShadow));
        assert.ok(
          shadows.every((s) => s !== 'none'),
          'the focused article is lit',
        );
        await page.keyboard.press('Tab');
        assert.equal(await page.locator('.scan a.hotzone:focus').getAttribute('aria-label'), titles[1]);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/articles\/\d+$/);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), titles[1]);
      },
    );

    await t.test('on a phone 390 pixels wide the hotzones still line up with the scaled image', async () => {
      const phone = await browser?.newPage();
      assert.ok(phone);
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.url}${pagePath}`);
      await phone.locator('.scan img').evaluate((el: HTMLImageElement) => el.decode());
      const image = await boxOf(phone, '.scan img');
      assert.ok(image.x >= 0 && image.x + image.w <= 390, 'the image fits the screen');
      assert.ok(
        (await phone.evaluate(() => document.documentElement.scrollWidth)) <= 390,
        'no sideways scrolling',
      );
      await assertZonesMatchRegions(phone, twin);
      await phone.locator('.scan a.hotzone').first().locator('.zone').nth(1).click();
      await phone.waitForURL(/\/articles\/\d+$/);
      assert.equal(await phone.getByRole('heading', { level: 1 }).textContent(), titles[0]);
      await phone.close();
    });

    await t.test('from a search: hits are marked on the article and its hotzone on the page', async () => {
      await page.goto(`${server.url}/search?q=${encodeURIComponent('公交')}`);
      await page.locator('ol.results h2 a').first().click();
      await page.waitForURL(/\/articles\/\d+\?q=/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), titles[1]);
      const marks = await page.locator('article mark').allTextContents();
      assert.ok(marks.length >= 2, 'in the title and a paragraph');
      assert.ok(marks.every((m) => m === '公交'));
      assert.equal(await page.locator('h1 mark').textContent(), '公交');
      assert.match((await page.getByRole('status').textContent()) ?? '', /公交 2 处/);

      await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '第1版' }).click();
      await page.waitForURL(/\/1\?q=/);
      const hit = page.locator('.scan a.hotzone.hit');
      assert.equal(await hit.count(), 1);
      assert.equal(await hit.getAttribute('aria-label'), titles[1]);
      const background = (z: Element) => getComputedStyle(z).backgroundColor;
      assert.notEqual(await hit.locator('.zone').first().evaluate(background), 'rgba(0, 0, 0, 0)');
      assert.equal(
        await page.locator('.scan a.hotzone:not(.hit) .zone').first().evaluate(background),
        'rgba(0, 0, 0, 0)',
      );
      await hit.locator('.zone').first().click();
      await page.waitForURL(/\/articles\/\d+\?q=/);
      assert.equal(await page.locator('h1 mark').textContent(), '公交');

      // The query is text, never markup.
      await page.goto(`${server.url}${twin.articles[1].url}?q=${encodeURIComponent('<i>公交')}`);
      assert.equal(await page.locator('article i').count(), 0);
      assert.ok((await page.locator('article mark').count()) >= 2);
    });
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
