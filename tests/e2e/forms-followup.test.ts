import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';

import { createFollowUp, addMeeting, setLevel } from '../../src/lib/followup/edits.ts';
import { loadState, serializeState, storageKey, STATE_VERSION } from '../../src/lib/followup/storage.ts';
import { tasksOf } from '../../src/lib/plan/model.ts';
import { taggingProblems } from '../support/pdf-tagging.ts';
import { base, t, tPattern } from '../support/strings.ts';

const siteUrl = inject('siteUrl');
const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'renhold')!.data;
const tasks = tasksOf(plan);
const pick = (point: string, n: number) => tasks.filter((t) => t.point === point)[n]!;

let fu = createFollowUp({ planSlug: 'renhold', alias: 'ሰላም ተስፋ', workplace: 'Eksempel sykehjem', mentor: 'Fadder Ås', caseworker: 'Veileder Vik', startDate: '2026-09-01', endDate: '2026-12-01' });
fu = setLevel(fu, pick('arbeid', 0).id, 4);
fu = setLevel(fu, pick('arbeid', 1).id, 3);
fu = setLevel(fu, pick('arbeid', 2).id, 2);
fu = setLevel(fu, pick('sprak', 0).id, 4);
fu = setLevel(fu, pick('egnethet', 0).id, 4);
fu = addMeeting(plan, fu, { date: '2026-10-01', agreed: 'Øve på å melde fravær på telefon' }, 'mote-1');
const key = storageKey(base);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, serializeState({ version: STATE_VERSION, followUps: [fu] })]);
  await page.close();
});
afterAll(async () => { await browser?.close(); });

async function open(page: Page, formId: string, hash: string) {
  await page.goto(`${siteUrl}skjema/${formId}/fyll-ut/#${hash}`);
  await page.getByText(tPattern('Skjemaet hører til oppfølgingen «{alias}». Svarene lagres med oppfølgingen.')).waitFor();
}
/** A follow-up of the test's own (the tests above save answers with `fu`). */
async function ownFollowUp(page: Page) {
  const own = createFollowUp({ planSlug: 'renhold', alias: 'ሰላም ተስፋ', workplace: 'Eksempel sykehjem', startDate: '2026-09-01' });
  await page.goto(siteUrl);
  await page.evaluate(([k, v]) => {
    const state = JSON.parse(localStorage.getItem(k!)!);
    state.followUps.push(JSON.parse(v!));
    localStorage.setItem(k!, JSON.stringify(state));
  }, [key, JSON.stringify(own)]);
  return own;
}
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key).then((t) => loadState(t).state.followUps[0]!);

describe('forms opened from a follow-up', () => {
  test('the praksisavtale starts prefilled, and answers are saved with the follow-up as they are typed', async () => {
    const page = await context.newPage();
    await open(page, 'praksisavtale', `oppfolging=${fu.id}`);
    await expect(page.getByLabel('Navn (Deltaker)').inputValue()).resolves.toBe('ሰላም ተስፋ');
    await expect(page.getByLabel('Virksomhet').inputValue()).resolves.toBe('Eksempel sykehjem');
    await expect(page.getByLabel('Navn (Fadder)').inputValue()).resolves.toBe('Fadder Ås');
    await expect(page.getByLabel('Veileder', { exact: true }).inputValue()).resolves.toBe('Veileder Vik');
    await expect(page.getByLabel('Fra dato').inputValue()).resolves.toBe('01.09.2026');
    await expect(page.getByLabel('Til dato').inputValue()).resolves.toBe('01.12.2026');
    await page.getByLabel('Organisasjonsnummer').fill('999 999 999');
    await page.reload();
    await page.getByText(tPattern('Skjemaet hører til oppfølgingen «{alias}». Svarene lagres med oppfølgingen.')).waitFor();
    await expect(page.getByLabel('Organisasjonsnummer').inputValue()).resolves.toBe('999 999 999');
    const saved = await stored(page);
    expect(saved.forms?.praksisavtale?.values.praksisplass_organisasjonsnummer).toBe('999 999 999');
    expect(saved.forms?.praksisavtale?.values.periode_fra).toBe('2026-09-01');
    // Nothing personal in the address: only the follow-up's random id.
    expect(page.url()).not.toMatch(/%E1|Eksempel|Fadder/);
    await page.close();
  });

  test('the praksisattest proposes exactly the level-4 and level-3 tasks; suitability only by choice; the PDF holds the edited text', async () => {
    const page = await context.newPage();
    await open(page, 'praksisattest', `oppfolging=${fu.id}`);
    const work = await page.getByLabel('Arbeidsutførsel').inputValue();
    expect(work).toContain(pick('arbeid', 0).text);
    expect(work).toContain(pick('arbeid', 1).text);
    expect(work).not.toContain(pick('arbeid', 2).text);
    expect(work.split('\n').filter((l) => l.startsWith('– '))).toHaveLength(2);
    expect(await page.getByLabel('Norsk på arbeidsplassen').inputValue()).toContain(pick('sprak', 0).text);
    await expect(page.getByLabel('Samarbeid og holdninger').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Oppgaver deltakeren har gjort').inputValue()).resolves.toContain('Eksempel sykehjem fra 01.09.2026 til 01.12.2026');
    await page.getByRole('button', { name: t('Sett inn forslag om samarbeid og holdninger') }).click();
    await expect(page.getByLabel('Samarbeid og holdninger').inputValue()).resolves.toContain(pick('egnethet', 0).text);
    await page.getByLabel('Arbeidsutførsel').fill(`${work}\nLærer raskt nye rutiner.`);
    // The alias stays in the workspace: the certificate asks for the full name.
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('');
    await page.getByLabel('Fullt navn').fill('ሰላም ተስፋ Full');
    await page.getByLabel('Samlet vurdering').fill('Pålitelig og lærevillig.');
    await page.getByLabel('Navn og stilling på den som skriver under').fill('Leder, kjøkkenet');
    await page.getByLabel('Dato for underskrift: For praksisplassen').fill('01.12.2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned utfylt PDF') }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    expect(await taggingProblems(bytes)).toEqual([]);
    const form = (await PDFDocument.load(bytes)).getForm();
    expect((form.getField('ferdigheter_arbeid') as PDFTextField).getText()).toContain('Lærer raskt nye rutiner.');
    // Handed to an employer: the form, not the hints for filling it in.
    expect(pdfText(bytes)).not.toMatch(/Arbeidsgiveren skriver teksten|Skriv fritt|Skriv konkret/);
    expect((form.getField('deltaker_navn') as PDFTextField).getText()).toBe('ሰላም ተስፋ Full');
    await page.close();
  });

  test('a referat belongs to its meeting: date and agreement from the meeting, saved under it, reopened unchanged', async () => {
    const page = await context.newPage();
    await open(page, 'trekantsamtale', `oppfolging=${fu.id}&mote=mote-1`);
    await expect(page.getByLabel('Dato (Om samtalen)').inputValue()).resolves.toBe('01.10.2026');
    await expect(page.getByLabel('Hva skal gjøres (Dette er vi enige om – avtale 1)').inputValue()).resolves.toBe('Øve på å melde fravær på telefon');
    await page.getByLabel('Sted', { exact: true }).fill('Sykehjemmet, møterom 2');
    await page.getByRole('button', { name: t('Kontroller skjemaet') }).click();
    await page.goto(siteUrl);
    expect((await stored(page)).forms?.['trekantsamtale:mote-1']).toMatchObject({ formId: 'trekantsamtale', meetingId: 'mote-1' });
    await open(page, 'trekantsamtale', `oppfolging=${fu.id}&mote=mote-1`);
    await expect(page.getByLabel('Sted', { exact: true }).inputValue()).resolves.toBe('Sykehjemmet, møterom 2');
    await page.close();
  });

  test('«Kontroller skjemaet» on an empty certificate moves focus to the error summary: name, summary, signer and date', async () => {
    const page = await context.newPage();
    const own = await ownFollowUp(page);
    await open(page, 'praksisattest', `oppfolging=${own.id}`);
    await page.getByRole('button', { name: t('Kontroller skjemaet') }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ds-error-summary')), { timeout: 5000 }).toBe(true);
    const summary = await page.locator('.ds-error-summary').textContent();
    for (const label of ['Fullt navn', 'Samlet vurdering', 'Navn og stilling', t('Dato for underskrift')]) expect(summary).toContain(label);
    // The way back goes to this follow-up, not the list.
    expect(await page.getByRole('link', { name: t('Tilbake til oppfølgingen') }).getAttribute('href')).toMatch(new RegExp(`#f=${own.id}$`));
    await page.close();
  });

  test('the filled certificate prints as the certificate only: no «Fyll ut», no alias, no hints, one heading', async () => {
    const page = await context.newPage();
    const own = await ownFollowUp(page);
    await open(page, 'praksisattest', `oppfolging=${own.id}`);
    await page.getByLabel('Fullt navn').fill('Tesfa Full Name');
    await page.getByLabel('Samlet vurdering').fill('Pålitelig og lærevillig.');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed).not.toMatch(/Fyll ut/);
    expect(printed).not.toContain(own.alias);
    expect(printed).not.toMatch(/Skriv fritt|Arbeidsgiveren skriver teksten|Skjemaet hører til|dd\.mm\.åååå|Skriv konkret/);
    expect(printed).toContain('Tesfa Full Name');
    expect(printed).toContain('Pålitelig og lærevillig.');
    const headings = await page.locator('main :is(h1, h2)').evaluateAll((hs) => hs.filter((h) => getComputedStyle(h).display !== 'none' && (h as HTMLElement).offsetParent !== null).map((h) => (h as HTMLElement).innerText.trim()));
    expect(headings.filter((h) => /Praksisattest/.test(h))).toEqual(['Praksisattest']);
    await page.close();
  });
});
