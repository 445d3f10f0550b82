import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { tasksOf, type PlanShape } from '../../src/lib/followup/state.ts';
import { createFollowUp, addMeeting, setLevel, setNote } from '../../src/lib/followup/edits.ts';
import { serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';

export interface WorkspaceTiming {
  followUps: number; assessments: number; meetings: number; storedKb: number;
  /** Navigation start → the page's own HTML parsed (the floor set by the machine and server). */
  shellMs: number;
  /** Navigation start → all follow-up cards rendered by the island (median of runs). */
  listInteractiveMs: number;
  /** Navigation start → one follow-up's phase view rendered, plan fetched from its JSON. */
  followUpInteractiveMs: number;
  /** A level click → its localStorage write done (median of 20). */
  saveMs: number;
}

/** 10 follow-ups × 60 assessments (with history and notes) × 10 meetings, made with the model itself. */
function heavyState(plan: PlanShape, slug: string): FollowUp[] {
  const ids = tasksOf(plan).map((t) => t.id);
  return Array.from({ length: 10 }, (_, f) => {
    let fu = createFollowUp({ alias: `Deltaker ${f + 1}`, planSlug: slug, workplace: 'Arbeidssted', startDate: '2026-01-05' }, '2026-01-05T08:00:00.000Z');
    for (let i = 0; i < 60; i++) {
      const id = ids[i % ids.length]!;
      fu = setLevel(fu, id, ((i % 4) + 1) as 1, `2026-0${1 + (i % 8)}-1${i % 10}T08:00:00.000Z`);
      if (i % 3 === 0) fu = setNote(fu, id, `Notat ${i}: `.padEnd(200, 'x'));
    }
    for (let m = 0; m < 10; m++) fu = addMeeting(plan, fu, { date: `2026-0${1 + (m % 9)}-2${m % 8}`, agreed: 'Avtalt: '.padEnd(300, 'y') }, `m-${f}-${m}`);
    return fu;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The caseworker's workspace in Chromium with a heavy browser store. */
export async function workspaceTimes(siteDir: string, basePath: string): Promise<WorkspaceTiming> {
  const slug = 'renhold';
  const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as PlanShape;
  const followUps = heavyState(plan, slug);
  const stored = serializeState({ version: 3, followUps, lastExportAt: new Date().toISOString() });
  const site = await serveStatic(siteDir, basePath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addInitScript(([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      (window as unknown as { __marks: Record<string, number> }).__marks = {};
      new MutationObserver(() => {
        const marks = (window as unknown as { __marks: Record<string, number> }).__marks;
        if (!marks.shell && document.querySelector('.ws-loading, .site-header')) marks.shell = performance.now();
        if (!marks.list && document.querySelectorAll('.ws-card').length === 10) marks.list = performance.now();
        if (!marks.view && document.querySelector('.ws-task input[type=radio]')) marks.view = performance.now();
      }).observe(document, { childList: true, subtree: true });
    }, [storageKey(basePath), stored] as const);
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    page.on('crash', () => console.error('workspace bench: the page crashed'));
    page.on('pageerror', (e) => console.error(`workspace bench: ${e.message}`));
    const url = `${site.url}oppfolging/`;
    const list: number[] = [];
    const view: number[] = [];
    const shell: number[] = [];
    await page.goto(url); // warm the HTTP cache as a returning user has it
    for (let i = 0; i < 5; i++) {
      await page.goto(`${url}?run=${i}`);
      await page.waitForFunction(() => (window as unknown as { __marks: { list?: number } }).__marks.list);
      list.push(await page.evaluate(() => (window as unknown as { __marks: { list: number } }).__marks.list));
      shell.push(await page.evaluate(() => (window as unknown as { __marks: { shell: number } }).__marks.shell));
      await page.goto(`${url}?view=${i}#f=${followUps[0]!.id}`);
      await page.waitForFunction(() => (window as unknown as { __marks: { view?: number } }).__marks.view);
      view.push(await page.evaluate(() => (window as unknown as { __marks: { view: number } }).__marks.view));
    }
    const saves = await page.evaluate(async (key: string) => {
      const times: number[] = [];
      const setItem = Storage.prototype.setItem;
      let wrote = 0;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) { setItem.call(this, k, v); if (k === key) wrote = performance.now(); };
      const radios = [...document.querySelectorAll<HTMLInputElement>('.ws-task input[type=radio]')];
      for (let i = 0; i < 20; i++) {
        wrote = 0;
        const t = performance.now();
        radios[(i * 5) % radios.length]!.click();
        for (let n = 0; !wrote && n < 1000; n++) await new Promise((r) => setTimeout(r, 0));
        times.push(wrote - t);
      }
      return times;
    }, storageKey(basePath));
    await context.close();
    return {
      followUps: followUps.length, assessments: 60, meetings: 10, storedKb: Math.round(stored.length / 1024),
      shellMs: median(shell), listInteractiveMs: median(list), followUpInteractiveMs: median(view), saveMs: median(saves),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
