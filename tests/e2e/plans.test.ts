import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { toOpenData } from '../../src/lib/plan/model.ts';
import { withLanguage } from '../../src/lib/content/provenance.ts';
import { MEASUREMENT_POINTS } from '../../src/lib/plan/structure.ts';
import { launchChromium } from '../support/browser.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { pdfText } from '../support/pdf-tools.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const plans = readCollection(process.cwd(), 'planer').filter((p) => !p.data.draft);
const INDUSTRIES = ['barnehage', 'helse-og-omsorg', 'renhold', 'butikk', 'kjokken-og-kantine', 'lager', 'kontor-og-administrasjon', 'drift-og-vaktmester', 'skole-og-sfo'];
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const taskIds = (plan: (typeof plans)[number]['data']) =>
  plan.phases.flatMap((phase) => MEASUREMENT_POINTS.flatMap((point) => phase.tasks[point.id].map((t) => t.id)));

describe('industry training plans', () => {
  test('all nine industries have a plan with three phases and every measurement point', () => {
    expect(plans.map((p) => p.id).sort()).toEqual(expect.arrayContaining([...INDUSTRIES].sort()));
    for (const { data } of plans) {
      expect(data.phases.map((p) => p.number)).toEqual([1, 2, 3]);
      for (const phase of data.phases) for (const point of MEASUREMENT_POINTS) expect(phase.tasks[point.id].length).toBeGreaterThanOrEqual(3);
    }
  });

  test.each(plans.map((p) => [p.id, p.data] as const))('%s: the page shows every task in the data, in order', (id, plan) => {
    const html = readFileSync(join(siteDir, 'planer', id, 'index.html'), 'utf8');
    // The server-rendered plan tables (the island repeats tasks only after hydration).
    const shown = [...html.matchAll(/<li data-task-id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(taskIds(plan));
    for (const phase of plan.phases) for (const word of phase.words) expect(html).toContain(word.word);
  });

  // A copy's own plan says its language in the open data (withLanguage); the shared plans are bokmål and say nothing.
  test.each(plans.map((p) => [p.id, withLanguage({ filePath: p.file, data: p.data })] as const))('%s: the open data JSON equals the source', async (id, plan) => {
    const response = await fetch(`${siteUrl}planer/${id}.json`);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const published = await response.json();
    expect(published).toEqual(JSON.parse(JSON.stringify(toOpenData({ ...plan, slug: id }))));
  });

  test('the catalogue lists every plan with its JSON, page and PDF', async () => {
    const catalogue = await (await fetch(`${siteUrl}planer/index.json`)).json();
    expect(catalogue.plans.map((p: { slug: string }) => p.slug).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(catalogue.license).toBe('CC-BY-4.0');
    const schema = await (await fetch(`${siteUrl}planer/schema.json`)).json();
    expect(schema.properties.schemaVersion.const).toBe(catalogue.schemaVersion);
  });

  test('a plan printed from the browser is a clean A4 document with every task and no menus or buttons', async () => {
    const { id, data } = plans.find((p) => p.id === 'renhold') ?? plans[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}planer/${id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.site-footer', '.followup-entry', '.pdf-link']) {
      // The element must be on the page (a renamed class must fail here), and hidden in print.
      const element = page.locator(selector).first();
      expect(await page.locator(selector).count(), `${selector} is on the plan page`).toBeGreaterThan(0);
      expect(await element.isVisible(), `${selector} is hidden in print`).toBe(false);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const text = pdfText(pdf);
    for (const phase of data.phases) for (const point of MEASUREMENT_POINTS) for (const task of phase.tasks[point.id]) expect(text).toContain(task.text);
    expect(text).not.toContain(ui().workspace.create);
    await context.close();
  });
});
