import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { PDFDocument } from 'pdf-lib';
import { expectOnlyOfflineRegistration } from '../support/page-scripts.ts';
import { launchChromium } from '../support/browser.ts';
import { createFollowUp, firstTask, openWorkspace } from '../support/workspace.ts';
import { createFollowUp as newFollowUp, addMeeting, setLevel, setNote } from '../../src/lib/followup/edits.ts';
import { serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';
import { base, escapeRe, patternOf, t, tRe } from '../support/strings.ts';

/**
 * The caseworker's workspace (/oppfolging/), in Chromium. Each defect listed in issue 12 has
 * a test here that failed against the old plan-page checklist. One browser; one phone-sized
 * context shared by the flow tests (localStorage cleared where a test needs a clean start).
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const slug = 'renhold';
const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as { phases: { tasks: Record<'sprak' | 'egnethet' | 'arbeid', { id: string; text: string }[]> }[] };
const task1 = plan.phases[0]!.tasks.sprak[0]!;
const KEY = storageKey(base);
const w = ui().workspace;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // With the service worker, as a visitor has it. (It was blocked here for a while: the flow
  // tests failed now and then on a busy machine, blamed on its first install. The cause was
  // the island missing an address change during its start; see the first flow test.)
  context = await browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  // The unsaved-work guard must never block the next test's navigation.
  page.on('dialog', (d) => void d.accept());
});
afterAll(async () => { await browser?.close(); });

const stored = () => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);
const downloadedText = async (download: Download) => readFileSync((await download.path())!, 'utf8');
async function reset(seed?: FollowUp[], extra: Record<string, unknown> = {}) {
  // The page's own fetches (the plan list) finish before the next test reloads it: a reload
  // in the middle left the list unloaded now and then («Kunne ikke hente lista over planer»).
  await page.goto(`${siteUrl}oppfolging/`, { waitUntil: 'networkidle' });
  await page.evaluate(([k, v]) => { localStorage.clear(); if (v) localStorage.setItem(k!, v); }, [KEY, seed ? serializeState({ version: 3, followUps: seed, ...extra }) : ''] as const);
}
/** A follow-up of this test's own, stored before the workspace starts, then opened (#f=<id>). */
async function openFollowUp(fu: FollowUp) {
  await reset([fu]);
  await page.goto('about:blank');
  await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
  await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
}
const fresh = (details: Partial<Parameters<typeof newFollowUp>[0]> = {}) => newFollowUp({ alias: 'AB', planSlug: slug, startDate: '2026-01-05', ...details });
const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
async function axe() {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('plan pages and the page without JavaScript', () => {
  test('a plan page ships no JavaScript of its own and links to the workspace with only the plan slug', () => {
    const html = readFileSync(join(siteDir, 'planer', slug, 'index.html'), 'utf8');
    expectOnlyOfflineRegistration(html);
    expect(html).toContain(`href="${base}oppfolging/#plan=${slug}"`);
    expect(html).toContain(t('Følg opp en deltaker med denne planen'));
  });

  test('the workspace HTML holds no plan (it loads /planer/<slug>.json) and no form before the island', () => {
    const html = readFileSync(join(siteDir, 'oppfolging', 'index.html'), 'utf8');
    expect(html).not.toContain(task1.text);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).not.toMatch(/<form|<input|<textarea|<select/);
    expect(main).toMatch(/<noscript>.*JavaScript/s);
  });

  test('the old /oppfolginger/ address is a page without JavaScript that links to /oppfolging/', () => {
    const html = readFileSync(join(siteDir, 'oppfolginger', 'index.html'), 'utf8');
    expectOnlyOfflineRegistration(html);
    expect(html).toContain(`href="${base}oppfolging/"`);
  });

  test('with JavaScript off: a plain message, no form, and nothing personal can reach a URL', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${siteUrl}planer/${slug}/`);
    await p.getByRole('link', { name: t('Følg opp en deltaker med denne planen') }).click();
    await p.waitForURL(/oppfolging\/#plan=renhold$/);
    expect(await p.locator('main form, main input').count()).toBe(0);
    await expect.poll(() => p.locator('main').textContent()).toContain(w.noJs);
    // Not «Laster …» forever: what shows is the message, and the page keeps no empty space for the island.
    expect(await p.locator('main').innerText()).not.toContain(w.loading);
    expect((await p.locator('.ws-reserve').boundingBox())!.height).toBeLessThan(100);
    await ctx.close();
  });

  test('the main menu has one item for the workspace', async () => {
    await page.goto(`${siteUrl}`);
    await expect.poll(() => page.locator(`.site-nav a[href="${base}oppfolging/"]`).count()).toBe(1);
  });
});

describe('the workspace flow', () => {
  test('an address changed while the island starts is not missed (a fast click on «Følg opp en deltaker»)', async () => {
    // The island reads the address when it first renders and listens for changes in an effect
    // that runs after paint. Here the address changes in between, the moment the island's
    // first render replaces the fallback: the create form for the plan must still open. (This race made the flow
    // tests below fail now and then on a busy machine.)
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const p = await ctx.newPage();
    await p.addInitScript((plan) => {
      // The island's first render replaces the server's fallback text («Laster …»).
      let sawFallback = false;
      new MutationObserver((_, observer) => {
        const island = document.querySelector('astro-island');
        if (!island) return;
        if (island.querySelector('.ws-loading')) { sawFallback = true; return; }
        if (!sawFallback || island.childElementCount === 0) return;
        observer.disconnect();
        location.hash = `#plan=${plan}`;
      }).observe(document, { childList: true, subtree: true });
    }, slug);
    await p.goto(`${siteUrl}oppfolging/`);
    await p.getByLabel(t('Initialer eller kallenavn')).waitFor({ timeout: 5000 });
    await ctx.close();
  });

  test('create: a too long alias is refused beside the field; the follow-up opens with focus on its heading, no alias in the URL', async () => {
    await reset();
    await openWorkspace(page, siteUrl, slug);
    const alias = page.getByLabel(t('Initialer eller kallenavn'));
    await alias.fill('x'.repeat(61));
    await expect.poll(() => page.locator('#new-alias-error').textContent()).toContain(t('{label} kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet; kort ned teksten selv.', { label: t('Alias eller initialer'), max: 60, n: 61 }));
    await page.getByLabel(t('Startdato')).fill('2026-09-15');
    await page.getByRole('button', { name: t('Opprett oppfølging') }).click();
    expect(await stored()).toBe('');
    await alias.fill('  مريم ع. ');
    await page.getByLabel(t('Veileder')).fill('V. Veileder');
    await page.getByLabel(t('Sluttdato (kan stå tom)')).fill('2026-12-18');
    await page.getByRole('button', { name: t('Opprett oppfølging') }).click();
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fu-h');
    expect(await page.locator('#fu-h').textContent()).toBe('مريم ع.');
    expect(page.url()).toMatch(/#f=fu-[\w-]+$/);
    expect(decodeURIComponent(page.url())).not.toContain('مريم');
    expect(await page.locator('.ws-details').textContent()).toContain('15.09.2026–18.12.2026');
  });

  test('each task has a 4-choice radio group named "Mestring: <task>", 44 px targets, 16 px text; a change says "Lagret kl."', async () => {
    await openFollowUp(fresh());
    const group = page.getByRole('group', { name: `${w.level}: ${task1.text}` });
    expect(await group.getByRole('radio').count()).toBe(4);
    const names = await page.locator('.ws-levels legend').allTextContents();
    expect(new Set(names).size).toBe(names.length);
    const box = await group.locator('.ws-level span').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await group.getByRole('radio', { name: tRe('Mestrer med støtte') }).check();
    await expect.poll(() => page.locator('.ws-saved').textContent()).toMatch(new RegExp(`^${escapeRe(w.savedAt).replace('\\{time\\}', '\\d\\d:\\d\\d')}$`));
    expect(JSON.parse(await stored()).followUps[0].assessments[task1.id].level).toBe(3);
    const toolNames = await page.locator('.ws-task__tools button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(toolNames).size).toBe(toolNames.length);
  });

  test('a note typed and the page reloaded at once is kept (saved while typing, flushed on leaving)', async () => {
    await openFollowUp(fresh());
    const row = firstTask(page);
    await row.getByRole('button', { name: `${w.noteAdd}: ${task1.text}` }).click();
    const note = row.getByLabel(`${w.note}: ${task1.text}`, { exact: true });
    expect(await note.evaluate((e) => getComputedStyle(e).fontFamily)).not.toMatch(/mono/i);
    expect(await note.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
    await note.pressSequentially('Hilser på alle');
    await page.reload();
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await expect.poll(() => firstTask(page).locator('.ws-note-preview').textContent()).toBe('Hilser på alle');
  });

  test('hiding a task moves focus to its undo; undo brings it back', async () => {
    await openFollowUp(fresh());
    await firstTask(page).getByRole('button', { name: `${w.hideTask}: ${task1.text}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t('Angre'));
    expect(await page.getByRole('group', { name: `${w.level}: ${task1.text}` }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('group', { name: `${w.level}: ${task1.text}` }).count()).toBe(1);
  });

  test('own tasks can be added, edited, hidden and deleted (with undo)', async () => {
    await openFollowUp(fresh());
    const point = `${t('Språkutvikling')}, ${w.phase.toLowerCase()} 1`;
    await page.getByRole('button', { name: `${w.addTask}: ${point}` }).click();
    await page.getByLabel(`${w.addTask} (${point})`).fill('Leser vaktlista');
    await page.getByRole('button', { name: t('Legg til'), exact: true }).click();
    await page.getByRole('group', { name: `${w.level}: Leser vaktlista ${w.ownTag}` }).waitFor();
    await page.getByRole('button', { name: `${w.editTask}: Leser vaktlista` }).click();
    await page.getByLabel(t('Oppgavetekst')).fill('Leser vaktlista høyt');
    await page.getByRole('button', { name: t('Lagre oppgaven') }).click();
    await page.getByRole('group', { name: `${w.level}: Leser vaktlista høyt ${w.ownTag}` }).waitFor();
    await page.getByRole('button', { name: `${w.hideTask}: Leser vaktlista høyt` }).click();
    await expect.poll(() => page.getByRole('group', { name: /Leser vaktlista høyt/ }).count()).toBe(0);
    await page.locator('.ws-hidden-tasks summary').click();
    await page.getByRole('button', { name: `${w.show}: Leser vaktlista høyt` }).click();
    await page.getByRole('button', { name: `${w.deleteTask}: Leser vaktlista høyt` }).click();
    await expect.poll(() => page.getByRole('group', { name: /Leser vaktlista høyt/ }).count()).toBe(0);
    await page.getByRole('button', { name: t('Angre') }).click();
    await page.getByRole('group', { name: /Leser vaktlista høyt/ }).waitFor();
  });

  test('meetings: a double click saves once, the form clears, edit and delete (undo) work, progress is as of the meeting date', async () => {
    // A level set today, after the meeting's date.
    await openFollowUp(setLevel(fresh(), task1.id, 3));
    await page.getByRole('button', { name: t('Registrer en samtale') }).click();
    await page.getByLabel(t('Dato for samtalen')).fill('2026-01-10');
    await page.getByLabel(t('Dette ble vi enige om')).fill('Øve på telefon');
    await page.getByRole('button', { name: t('Lagre samtalen') }).dblclick();
    await expect.poll(() => page.locator('.ws-meeting').count()).toBe(1);
    expect(await page.getByLabel(t('Dette ble vi enige om')).inputValue()).toBe('');
    // The level was set today, after 10.01.2026: the meeting's snapshot is 0 %.
    expect(await page.locator('.ws-chart tbody tr').first().textContent()).toBe('10.01.20260 %0 %0 %');
    await page.getByRole('button', { name: `${w.edit}: ${w.meeting} 10.01.2026` }).click();
    await page.locator('#m-' + (await page.locator('.ws-meeting').first().evaluate((e) => e.querySelector('form input')?.id.slice(2, -5))) + '-date').fill('2026-02-01');
    await page.getByRole('button', { name: t('Lagre endringene') }).click();
    await expect.poll(() => page.locator('.ws-meeting__date').first().textContent()).toBe('01.02.2026');
    await page.getByRole('button', { name: `${w.delete}: ${w.meeting} 01.02.2026` }).click();
    await expect.poll(() => page.locator('.ws-meeting').count()).toBe(0);
    await page.locator('#meetings-status').getByRole('button', { name: t('Angre') }).click();
    await expect.poll(() => page.locator('.ws-meeting').count()).toBe(1);
    expect(await page.locator('.ws-legend').textContent()).toMatch(new RegExp(`${t('Språkutvikling')}.*${t('Personlig egnethet')}.*${t('Arbeidsutførsel')}`));
  });

  test('the filled PDF has caseworker, end date and dd.mm.åååå dates; the button is disabled while it works', async () => {
    await openFollowUp(fresh({ caseworker: 'V. Veileder', startDate: '2026-09-15', endDate: '2026-12-18' }));
    const button = page.getByRole('button', { name: t('Last ned utfylt plan (PDF)') });
    // The busy state can be shorter than a locator's round trip (a fast PDF): the page itself
    // records what the button said whenever it was disabled.
    await button.evaluate((el) => {
      const seen: string[] = ((window as unknown as { __busy: string[] }).__busy = []);
      new MutationObserver(() => { if ((el as HTMLButtonElement).disabled) seen.push(el.textContent ?? ''); }).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    expect(await page.evaluate(() => (window as unknown as { __busy: string[] }).__busy)).toContain(t('Lager PDF …'));
    // The app names the file by the reader's local day (todayIso), not by UTC: ask the browser.
    const localDay = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    expect(download.suggestedFilename()).toBe(`opplaeringsplan-${slug}-${localDay}.pdf`);
    const form = (await PDFDocument.load(new Uint8Array(readFileSync((await download.path())!)))).getForm();
    expect(form.getTextField('veileder').getText()).toBe('V. Veileder');
    expect(form.getTextField('periode_fra').getText()).toBe('15.09.2026');
    expect(form.getTextField('periode_til').getText()).toBe('18.12.2026');
  });

  test('deleting a follow-up can be undone', async () => {
    await openFollowUp(fresh());
    await page.getByRole('button', { name: t('Slett denne oppfølgingen') }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t('Angre'));
    expect(await page.locator('.ws-card').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
  });
});

describe('notices above the list', () => {
  test('work older than two weeks with no backup: a reminder, whose button takes focus to the backup section; unreadable data can be downloaded', async () => {
    const old = newFollowUp({ alias: 'Gammel', planSlug: slug, startDate: '2026-01-05' }, '2026-01-05T08:00:00.000Z');
    await reset([old]);
    // One record the workspace cannot read: set aside, never dropped, offered as a download.
    await page.evaluate((k) => {
      const stored = JSON.parse(localStorage.getItem(k)!);
      stored.followUps.push({ id: 'ødelagt', alias: 42 });
      localStorage.setItem(k, JSON.stringify(stored));
    }, KEY);
    await openWorkspace(page, siteUrl);
    await page.getByText(w.backupReminder).waitFor();
    const [setAside] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned data som ikke kunne leses') }).click()]);
    expect(setAside.suggestedFilename()).toBe(`uleselige-data-${new Date().toLocaleDateString('sv-SE')}.json`);
    expect(JSON.parse(await downloadedText(setAside))).toEqual([{ id: 'ødelagt', alias: 42 }]);
    await page.getByRole('button', { name: t('Ta sikkerhetskopi') }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('io-h');
    expect(await axe()).toEqual([]);
    // One follow-up saved from its own page is a backup too: the reminder goes, and stays gone.
    await page.getByRole('link', { name: /Gammel/ }).click();
    const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned denne oppfølgingen (fil)') }).click()]);
    expect(one.suggestedFilename()).toBe(`oppfolging-${slug}-${new Date().toLocaleDateString('sv-SE')}.json`);
    expect(JSON.parse(await downloadedText(one)).followUps.map((f: FollowUp) => f.alias)).toEqual(['Gammel']);
    await expect.poll(async () => Boolean(JSON.parse(await stored()).lastExportAt)).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: t('Last ned denne oppfølgingen (fil)') }).waitFor();
    await page.goto(`${siteUrl}oppfolging/`);
    await page.getByRole('heading', { name: w.backup }).waitFor();
    expect(await page.getByText(w.backupReminder).count()).toBe(0);
  });
});

describe('import, export, two tabs', () => {
  const base = newFollowUp({ alias: 'Fatima Ali', planSlug: slug, startDate: '2026-01-05' }, '2026-01-05T08:00:00.000Z');
  const older = setLevel(base, task1.id, 3, '2026-02-01T08:00:00.000Z');
  const newer = setLevel(setLevel(older, plan.phases[0]!.tasks.sprak[1]!.id, 4, '2026-03-01T08:00:00.000Z'), plan.phases[0]!.tasks.arbeid[0]!.id, 4, '2026-03-01T08:00:00.000Z');
  const importFile = async (content: string) => {
    await page.locator('#import-file').setInputFiles({ name: 'fil.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  const fileOf = (list: FollowUp[]) => JSON.stringify({ format: 'praksishandboka-oppfolging', version: 3, followUps: list });

  test('the export file name carries no alias; importing the same file changes nothing and says so', async () => {
    await reset([newer]);
    await openWorkspace(page, siteUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned alle oppfølginger') }).click()]);
    expect(download.suggestedFilename()).toBe(`oppfolging-${slug}-${new Date().toLocaleDateString('sv-SE')}.json`);
    const before = JSON.parse(await stored()).followUps;
    await importFile(await downloadedText(download));
    await expect.poll(() => page.locator('.ws-section [role=status]').allTextContents()).toContainEqual(expect.stringContaining(t('{n} oppfølging var lik den som er lagret, og ble ikke endret', { n: 1 })));
    expect(JSON.parse(await stored()).followUps).toEqual(before);
  });

  test('an older file never silently replaces newer work: both shown, keep stored / take the file’s / keep both', async () => {
    await reset([newer]);
    await openWorkspace(page, siteUrl);
    await importFile(fileOf([older]));
    await page.getByRole('heading', { name: t('Velg hva du vil beholde') }).waitFor();
    const conflict = await page.locator('.ws-conflict').textContent();
    // «sist endret 01.03.2026 09:00»: the time is the browser's own.
    expect(conflict).toMatch(patternOf(`${w.storedVersion}: ${fill(w.versionLine, { when: '01.03.2026 {time}', assessed: 3, meetings: 0 })} (${w.newest})`));
    expect(conflict).toMatch(patternOf(`${w.fileVersion}: ${fill(w.versionLine, { when: '01.02.2026 {time}', assessed: 1, meetings: 0 })}`));
    await page.getByRole('button', { name: t('Fullfør importen') }).click(); // default: keep the stored one
    await expect.poll(() => page.locator('.ws-section [role=status]').allTextContents()).toContainEqual(expect.stringContaining(t('{n} oppfølging beholdt slik den var lagret', { n: 1 })));
    expect(Object.keys(JSON.parse(await stored()).followUps[0].assessments)).toHaveLength(3);

    await importFile(fileOf([older]));
    await page.getByLabel(t('Behold begge')).check();
    await page.getByRole('button', { name: t('Fullfør importen') }).click();
    await expect.poll(() => page.locator('.ws-card__title').allTextContents()).toEqual(['Fatima Ali', t('{alias} (fra fil)', { alias: 'Fatima Ali' })]);

    await importFile(fileOf([older]));
    await page.getByLabel(t('Bruk den fra fila')).check();
    await page.getByRole('button', { name: t('Fullfør importen') }).click();
    await expect.poll(() => page.locator('.ws-section [role=status]').allTextContents()).toContainEqual(expect.stringContaining(t('{n} oppfølging erstattet med versjonen fra fila', { n: 1 })));
    expect(JSON.parse(await stored()).followUps[0].assessments[plan.phases[0]!.tasks.arbeid[0]!.id]).toBeUndefined();
  });

  test('a 52 MB or broken file is refused beside the file field, and nothing changes', async () => {
    await reset([newer]);
    await openWorkspace(page, siteUrl);
    const before = await stored();
    await importFile('{"format": "praksis');
    await expect.poll(() => page.locator('.ws-section [role=alert]').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`${escapeRe(t('Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra {source}.', { source: t('oppfølgingen i Praksishåndboka') }))}.*${escapeRe(t('Ingenting er endret.'))}`)));
    // A 52 MB file made in the page (sending 52 MB through the test driver is slow).
    await page.locator('#import-file').evaluate((input: HTMLInputElement) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(52_000_000)], 'stor.json', { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.locator('.ws-section [role=alert]').allTextContents()).toContainEqual(expect.stringContaining(t('Filen er for stor ({size}). Største tillatte størrelse er {max}.', { size: '52 MB' }).split('{max}')[0]!));
    expect(await stored()).toBe(before);
  });

  test('two tabs: a level set in one and a note typed in the other are both kept', async () => {
    await reset([base]);
    const other = await context.newPage();
    await page.goto(`${siteUrl}oppfolging/#f=${base.id}`);
    await other.goto(`${siteUrl}oppfolging/#f=${base.id}`);
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await other.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await page.getByRole('group', { name: `${w.level}: ${task1.text}` }).getByRole('radio', { name: tRe('Mestrer selvstendig') }).check();
    const row = other.locator('.ws-task').nth(1);
    await row.getByRole('button', { name: /Skriv notat/ }).click();
    await row.locator('textarea').fill('Fra den andre fanen');
    // Saved after the typing pauses (autosave's debounce), however busy the machine.
    const note = async () => JSON.parse(await stored()).followUps[0].assessments[plan.phases[0]!.tasks.sprak[1]!.id]?.note;
    await expect.poll(note, { timeout: 10_000 }).toBe('Fra den andre fanen');
    await other.close();
    const saved = JSON.parse(await stored()).followUps[0].assessments;
    expect(saved[task1.id].level).toBe(4);
    expect(saved[plan.phases[0]!.tasks.sprak[1]!.id].note).toBe('Fra den andre fanen');
  });
});

describe('the lock', () => {
  test('the automatic lock: after the chosen minutes without use the workspace locks itself; use in between keeps it open', { timeout: 90_000 }, async () => {
    // Its own page with a controlled clock, so the minutes pass at once.
    const p = await context.newPage();
    p.on('dialog', (d) => void d.accept());
    await p.clock.install();
    await p.goto(`${siteUrl}oppfolging/`);
    await p.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k!, v!); }, [KEY, serializeState({ version: 3, followUps: [newFollowUp({ alias: 'Låses', planSlug: slug, startDate: '2026-01-05' })] })] as const);
    await p.reload();
    await p.locator('.ws').waitFor();
    await p.getByRole('button', { name: t('Lås oppfølgingene med et passord') }).click();
    await p.getByLabel(t('Passord'), { exact: true }).fill('en lang setning');
    await p.getByLabel(t('Skriv passordet en gang til')).fill('en lang setning');
    await p.getByRole('button', { name: t('Lås med passord') }).click();
    await p.getByRole('button', { name: t('Lås nå') }).waitFor();
    await p.getByLabel(t('Lås automatisk')).selectOption('5');
    await p.getByText(w.autoLockSaved).waitFor();
    // The lock's own part loads on demand; its clock runs from when it says it is on.
    await p.getByText(fill(w.autoLockOn, { n: 5 })).waitFor();
    await p.clock.runFor(4 * 60_000);
    await p.keyboard.press('Shift'); // use: the five minutes start again
    await p.clock.runFor(4 * 60_000);
    expect(await p.locator('.ws-card').count()).toBe(1);
    await p.clock.runFor(2 * 60_000);
    await p.getByRole('heading', { name: t('Oppfølgingene er låst') }).waitFor();
    expect(await p.evaluate(() => Object.values(localStorage).join(''))).not.toContain('Låses');
    await p.close();
  });

  test('after locking no alias or note is in localStorage; a wrong passphrase changes nothing; unlocking restores all', { timeout: 90_000 }, async () => {
    const fu = setNote(newFollowUp({ alias: 'ሰላም Fatima', planSlug: slug, startDate: '2026-01-05' }), task1.id, 'Hemmelig notat');
    await reset([fu]);
    await openWorkspace(page, siteUrl);
    await page.getByRole('button', { name: t('Lås oppfølgingene med et passord') }).click();
    await page.getByLabel(t('Passord'), { exact: true }).fill('kort');
    await page.getByLabel(t('Skriv passordet en gang til')).fill('kort');
    await page.getByRole('button', { name: t('Lås med passord') }).click();
    await expect.poll(() => page.locator('#lock-p1-error').textContent()).toBe(w.passTooShort);
    await page.getByLabel(t('Passord'), { exact: true }).fill('en lang setning');
    await page.getByLabel(t('Skriv passordet en gang til')).fill('en lang setning');
    await page.getByRole('button', { name: t('Lås med passord') }).click();
    await page.getByRole('button', { name: t('Lås nå') }).waitFor();
    const all = await page.evaluate(() => Object.keys(localStorage).map((k) => k + localStorage.getItem(k)).join(''));
    for (const secret of ['ሰላም', 'Fatima', 'Hemmelig notat', task1.id]) expect(all).not.toContain(secret);

    await page.getByRole('button', { name: t('Lås nå') }).click();
    await page.getByRole('heading', { name: t('Oppfølgingene er låst') }).waitFor();
    expect(await page.locator('.ws-card').count()).toBe(0);
    expect(await axe()).toEqual([]);
    const before = await stored();
    await page.getByLabel(t('Passord')).fill('feil passord');
    await page.getByRole('button', { name: t('Lås opp') }).click();
    await expect.poll(() => page.locator('#unlock-p-error').textContent(), { timeout: 10_000 }).toBe(t('Feil passord. Ingenting er endret.'));
    expect(await stored()).toBe(before);
    await page.reload();
    await page.getByLabel(t('Passord')).fill('en lang setning');
    await page.getByRole('button', { name: t('Lås opp') }).click();
    await expect.poll(() => page.locator('.ws-card__title').textContent(), { timeout: 10_000 }).toBe('ሰላም Fatima');
    await page.getByRole('link', { name: 'ሰላም Fatima' }).click();
    await expect.poll(() => firstTask(page).locator('.ws-note-preview').textContent(), { timeout: 10_000 }).toBe('Hemmelig notat');
  });

  test('"Glemt passordet" explains that nothing can be recovered and offers to delete', { timeout: 90_000 }, async () => {
    await reset([fresh({ alias: 'Glemt' })]);
    await openWorkspace(page, siteUrl);
    await page.getByRole('button', { name: w.lockOffer }).click();
    await page.getByLabel(w.passphrase, { exact: true }).fill('en lang setning');
    await page.getByLabel(w.passphraseAgain).fill('en lang setning');
    await page.getByRole('button', { name: w.lockSetButton }).click();
    await page.getByRole('button', { name: w.lockNow }).click();
    await page.getByRole('heading', { name: w.lockedHeading }).waitFor();
    await page.reload();
    await page.getByText(w.forgot).click();
    expect(await page.locator('.ws-forgot').textContent()).toContain(w.forgotExplained);
    await page.getByRole('button', { name: t('Slett de låste dataene') }).click();
    await page.getByRole('button', { name: t('Ja, slett alt') }).click();
    await page.getByRole('heading', { name: t('Mine oppfølginger') }).waitFor();
    expect(await stored()).toBe('');
  });
});

describe('small screens, scripts, keyboard and axe', () => {
  test('no sideways scroll at 320 px with 3 follow-ups, 5 meetings, a 60-character alias, Arabic and Ethiopic aliases; axe passes', { timeout: 120_000 }, async () => {
    let long = newFollowUp({ alias: 'Å'.repeat(60), planSlug: slug, workplace: 'W'.repeat(120), startDate: '2026-01-05' });
    for (let i = 0; i < 5; i++) long = addMeeting(plan as never, long, { date: `2026-0${i + 2}-01`, agreed: 'Avtale '.repeat(30) }, `m${i}`);
    long = setLevel(long, task1.id, 4);
    const arabic = newFollowUp({ alias: 'مريم عبد الله', planSlug: slug, startDate: '2026-01-05' });
    const ethiopic = newFollowUp({ alias: 'ሰላም ገብረ', planSlug: 'barnehage', startDate: '2026-01-05' });
    await reset([long, arabic, ethiopic], { lastExportAt: '2026-01-01T00:00:00.000Z' });
    await page.setViewportSize({ width: 320, height: 700 });
    await openWorkspace(page, siteUrl);
    await expect.poll(() => page.locator('.ws-card').allTextContents()).toEqual([expect.stringContaining('Å'.repeat(60)), expect.stringContaining('مريم'), expect.stringContaining('ሰላም')]);
    await page.locator('.ws-alert', { hasText: w.backupReminder }).waitFor();
    expect(await noSidewaysScroll()).toBe(true);
    expect(await axe()).toEqual([]);
    await page.getByRole('link', { name: 'Å'.repeat(60) }).click();
    await page.locator('.ws-chart').waitFor();
    expect(await noSidewaysScroll()).toBe(true);
    const tick = await page.locator('.ws-chart__svg text').first().evaluate((e) => e.getBoundingClientRect().height);
    expect(tick).toBeGreaterThanOrEqual(9);
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
  });

  test('keyboard only: create a follow-up, set a level with the arrow keys, write a note', async () => {
    await reset();
    await openWorkspace(page, siteUrl, slug);
    const active = () => page.evaluate(() => document.activeElement?.id ?? '');
    // The follow-up this test creates, whatever an earlier test left in storage.
    const mine = (text: string) => (JSON.parse(text) as { followUps: { alias: string; assessments: Record<string, { level?: number; note?: string }> }[] }).followUps.find((f) => f.alias === 'TK')!;
    // The create form loads on demand; wait for it before counting Tab presses.
    await page.getByLabel(t('Initialer eller kallenavn')).waitFor();
    const tabTo = async (id: string, max = 120) => {
      for (let i = 0; i < max && (await active()) !== id; i++) await page.keyboard.press('Tab');
      expect(await active()).toBe(id);
    };
    await tabTo('new-alias');
    await page.keyboard.type('TK');
    await tabTo('new-startDate');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#new-startDate').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const onCreate = () => page.evaluate((name) => document.activeElement?.textContent === name, w.create);
    for (let i = 0; i < 10 && !(await onCreate()); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => active()).toBe('fu-h');
    // Tab into the first task's radio group; arrows choose a level.
    for (let i = 0; i < 30 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); i++) await page.keyboard.press('Tab');
    // Start from the first level of the first task, as a keyboard user sees it.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => mine(await stored()).assessments[task1.id]?.level).toBe(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Skriv notat" opens the note and moves focus into it
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Med tastatur');
    await expect.poll(async () => mine(await stored()).assessments[task1.id]?.note).toBe('Med tastatur');
    expect(await axe()).toEqual([]);
  });
});
