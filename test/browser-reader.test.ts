import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../src/serve/server.js';
import { ingestPage, openArchive } from '../src/store/index.js';
import { frontPage, key, nextDayPage, paper, thirdPage } from './archive-pages.js';
import { chromiumArgs } from './support/make-pdf.js';

const chromiumPath = '/usr/bin/chromium';
const skip = existsSync(chromiumPath) ? false : `${chromiumPath} is missing (apt-get install chromium)`;

test('a reader follows a jump, searches a 2-character name, and opens a JSON twin', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-browser-'));
  const file = join(dir, 'a.sqlite');
  const db = openArchive(file);
  ingestPage(db, thirdPage, key('2025-03-14', 3));
  ingestPage(db, frontPage, key('2025-03-14', 1));
  ingestPage(db, nextDayPage, key('2025-03-15', 1));
  db.close();
  const server = await startServer({ db: file, port: 0, host: '127.0.0.1' });
  // A fresh profile each run; launchPersistentContext is how playwright takes a user-data-dir.
  const browser = await chromium
    .launchPersistentContext(join(dir, 'profile'), {
      executablePath: chromiumPath,
      viewport: { width: 390, height: 844 },
      args: chromiumArgs,
    })
    .catch(async (error: Error) => {
      await server.close();
      throw error;
    });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: paper }).click();
    await page.getByRole('link', { name: '2025-03-14' }).click();
    await page.getByRole('link', { name: '青溪新区数字产业园开园' }).first().click();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '青溪新区数字产业园开园');
    await page.getByRole('link', { name: '（下转第3版）' }).click();
    assert.match((await page.locator('article').textContent()) ?? '', /量子传感联合实验室/);
    await page.getByRole('link', { name: '（上接第1版）' }).click();
    assert.match(page.url(), /\/articles\/\d+$/);
    assert.match((await page.locator('article').textContent()) ?? '', /园区规划面积/);

    await page.getByRole('searchbox', { name: '搜索' }).fill('苏禾');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL(/\/search\?q=/);
    const marks = await page.locator('ol.results mark').allTextContents();
    assert.ok(marks.length >= 2);
    assert.ok(marks.every((m) => m === '苏禾'));
    assert.match((await page.getByRole('status').textContent()) ?? '', /共 2 条结果/);

    const response = await page.goto(`${server.url}/search?q=${encodeURIComponent('苏禾')}&format=json`);
    assert.match(response?.headers()['content-type'] ?? '', /application\/json/);
    const twin = JSON.parse((await response?.text()) ?? '');
    assert.equal(twin.total, 2);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
