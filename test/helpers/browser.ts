import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Express } from 'express';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { projectRoot } from '../../server/paths.js';

/**
 * What the browser tests share: the app on an ephemeral port with Debian's Chromium, pages that collect
 * console errors (CSP violations, script errors), axe-core with the WCAG 2.1 A/AA rules, reflow at 320 px.
 */

const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** WCAG 2.2 A/AA: the 2.1 rules plus axe's rules tagged for 2.2 (target size). */
export const wcag22Tags = [...wcagTags, 'wcag22aa'];

export interface BrowserApp {
  base: string;
  browser: Browser;
  stop: () => Promise<void>;
}

export async function startBrowserApp(app: Express): Promise<BrowserApp> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A page whose console errors are collected; a form with errors comes back as 422, which Chromium logs by design. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 422')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page. axe is injected with page.evaluate(source): page.addScriptTag
 * adds an inline <script>, which the app's strict CSP (script-src 'self') rightly blocks.
 */
export async function axeRun(page: Page, tags: string[] = wcagTags): Promise<{ violations: string[]; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return { violations: r.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')}`), passes: r.passes.length };
  }, tags);
}

/** axe finds nothing, at each of the given widths (default: the current one). */
export async function expectAccessible(page: Page, widths?: number[], tags: string[] = wcagTags): Promise<void> {
  const before = page.viewportSize()!;
  for (const width of widths ?? [before.width]) {
    if (width !== page.viewportSize()!.width) await page.setViewportSize({ width, height: 900 });
    const result = await axeRun(page, tags);
    expect(result.violations, `axe op ${page.url()} bij ${width} px`).toEqual([]);
    expect(result.passes).toBeGreaterThan(10);
  }
  await page.setViewportSize(before);
}

/** WCAG 1.4.10 reflow: at 320 CSS px the page itself never scrolls sideways. */
export async function expectReflow(page: Page): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontaal scrollen op 320 px: ${page.url()}`).toBeLessThanOrEqual(0);
  await page.setViewportSize(before);
}

/** Full-page screenshots at 1280 and 375 px into `dir` (when given), to look at. */
export async function shoot(page: Page, dir: string | undefined, name: string): Promise<void> {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize()!;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

/** Registers beforeAll/afterAll that start the app (made when the suite starts) with Chromium; read the fields inside tests. */
export function useBrowserApp(makeApp: () => Express | Promise<Express>): { base: string; browser: Browser } {
  const shared = {} as { base: string; browser: Browser };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await startBrowserApp(await makeApp());
    shared.base = started.base;
    shared.browser = started.browser;
    stop = started.stop;
  });
  afterAll(async () => {
    await stop?.();
  });
  return shared;
}
