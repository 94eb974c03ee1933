/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core. Every finding
 * is highlighted at its words, the filters hide and show findings, and a screenshot is saved under
 * test-output/. Skips with one line when /usr/bin/chromium is absent (CI installs it: .ci/run).
 * `UPDATE_SCREENSHOT=1` also refreshes docs/report.png (the report of fixtures/plans).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LintResult } from '../src/types.js';
import { runCli } from './fixtures/run-cli.js';
import { projectRoot } from './helpers.js';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const outputDir = path.join(projectRoot, 'test-output');

/** A fresh browser profile each time (playwright passes it as --user-data-dir). */
async function launch(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'valuelint-chromium-')), {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...options,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Lint a directory of the project into an HTML report under test-output/, and its JSON for comparison. */
async function report(target: string, name: string): Promise<{ file: string; results: LintResult[] }> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name}.html`);
  const html = await runCli(['--no-config-lookup', '-f', 'html', '-o', file, target], projectRoot);
  expect(html.stderr).toBe('');
  const json = await runCli(['--no-config-lookup', '-f', 'json', target], projectRoot);
  return { file, results: JSON.parse(json.stdout) as LintResult[] };
}

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: BrowserContext;
  let page: Page;
  let results: LintResult[];
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const made = await report('fixtures/', 'report');
    results = made.results;
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
    await page.goto(pathToFileURL(made.file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every finding at exactly its words', async () => {
    const findings = results.flatMap((r) => r.messages.filter((m) => m.ruleId !== null && m.offset !== undefined));
    expect(findings.length).toBeGreaterThan(20);
    const marks = await page.$$eval('mark[id]', (elements) => elements.map((mark) => {
      const id = mark.id;
      const fragments = [...document.querySelectorAll(`mark[data-finding="${id}"]`)];
      return { id, text: fragments.map((f) => f.textContent).join(''), rule: mark.getAttribute('data-rule'),
        category: mark.getAttribute('data-category'), confidence: mark.getAttribute('data-confidence') };
    }));
    const expected = results.flatMap((r, doc) => r.messages.map((m, i) => ({ m, id: `f${doc + 1}-${i + 1}` })))
      .filter(({ m }) => m.ruleId !== null && m.offset !== undefined)
      .map(({ m, id }) => ({ id, text: m.actual, rule: m.ruleId, category: m.category, confidence: m.confidence }));
    // Two findings may start at the same word: nested marks come in DOM order, so compare by id.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...marks].sort(byId)).toEqual([...expected].sort(byId));
  });

  it('loads nothing from the network and runs its script without errors', async () => {
    expect(requests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.textContent('#shown')).toMatch(/^Showing (\d+) of \1 findings\.$/);
  });

  it('hides and shows findings with the filters', async () => {
    const accounting = 'mark[data-category="accounting"]';
    const note = 'li.note[data-category="accounting"]';
    const background = () => page.$eval(accounting, (mark) => getComputedStyle(mark).backgroundColor);
    const highlighted = await background();
    expect(await page.locator(note).first().isVisible()).toBe(true);

    await page.getByLabel('accounting', { exact: true }).uncheck();
    expect(await page.locator(note).first().isVisible()).toBe(false);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('li.note[data-category="centralization"]').first().isVisible()).toBe(true);

    await page.getByLabel('accounting', { exact: true }).check();
    await page.getByLabel('low', { exact: true }).uncheck();
    expect(await background()).toBe(highlighted);
    const lowNotes = page.locator('li.note[data-confidence="low"]');
    for (const visible of await Promise.all((await lowNotes.all()).map((n) => n.isVisible()))) expect(visible).toBe(false);
    await page.getByLabel('low', { exact: true }).check();
  });

  it('reads with scripts off: every note shown, filters hidden', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(page.url());
    expect(await plain.isVisible('#filters')).toBe(false);
    expect(await plain.locator('li.note').count()).toBe(await page.locator('li.note').count());
    await context.close();
  });

  it('saves a screenshot', async () => {
    await page.screenshot({ path: path.join(outputDir, 'report.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOT) {
      const plans = await report('fixtures/plans/', 'report-plans');
      const shot = await browser.newPage();
      await shot.setViewportSize({ width: 1280, height: 1100 });
      await shot.goto(pathToFileURL(plans.file).href);
      // The filters and the first plan with its highlights and notes (the summary is above).
      await shot.evaluate(() => document.querySelector('nav')?.scrollIntoView());
      writeFileSync(path.join(projectRoot, 'docs', 'report.png'), await shot.screenshot());
      await shot.close();
    }
    expect(existsSync(path.join(outputDir, 'report.png'))).toBe(true);
  }, 60_000);
});

if (!hasChromium) it.skip(`skipped: ${executablePath} is not installed (apt-get install -y chromium)`, () => {});
