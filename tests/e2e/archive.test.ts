import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/browser.ts';
import { openWorkspace } from '../support/workspace.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { createFollowUp, addMeeting, setFormAnswers, setLevel } from '../../src/lib/followup/edits.ts';
import { serializeState, storageKey, STATE_VERSION } from '../../src/lib/followup/storage.ts';
import { formInputs } from '../../src/lib/forms/inputs.ts';
import { tasksOf } from '../../src/lib/plan/model.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { checkTagged } from '../support/pdf-tagging.ts';
import { t } from '../support/strings.ts';

/**
 * «Last ned for arkivering» (issue 30), as a caseworker uses it: a follow-up with three
 * referats, a praksisavtale and a praksisattest gives one zip with every document as a
 * tagged PDF named by date and type, and a document list; a locked workspace asks for the
 * passphrase first.
 */
const siteUrl = inject('siteUrl');
const base = new URL(siteUrl).pathname;
const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'renhold')!.data;
const forms = Object.fromEntries(readCollection(process.cwd(), 'skjema').map((f) => [f.id, f.data]));
const alias = 'فاطمة Testesen';
const firstText = (formId: string) => formInputs(forms[formId]!).find((i) => i.field.type === 'textarea' || i.field.type === 'text')!.name;

let fu = createFollowUp({ planSlug: 'renhold', alias, workplace: 'Eksempel sykehjem', mentor: 'Fadder Ås', caseworker: 'Veileder Vik', startDate: '2026-09-01' });
fu = setLevel(fu, tasksOf(plan)[0]!.id, 3);
for (const [i, date] of ['2026-09-20', '2026-10-15', '2026-11-20'].entries()) {
  fu = addMeeting(plan, fu, { date, agreed: `Avtale ${i + 1}` }, `mote-${i + 1}`);
  fu = setFormAnswers(fu, `trekantsamtale:mote-${i + 1}`, { formId: 'trekantsamtale', meetingId: `mote-${i + 1}`, values: { [firstText('trekantsamtale')]: `Referat nummer ${i + 1} for ${alias}` } });
}
fu = setFormAnswers(fu, 'praksisavtale', { formId: 'praksisavtale', values: { [firstText('praksisavtale')]: alias } });
fu = setFormAnswers(fu, 'praksisattest', { formId: 'praksisattest', values: { [firstText('praksisattest')]: alias } });

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await page.goto(siteUrl);
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k!, v!); }, [storageKey(base), serializeState({ version: STATE_VERSION, followUps: [fu] })]);
});
afterAll(async () => { await browser?.close(); });

async function openFollowUp() {
  await openWorkspace(page, siteUrl);
  await page.getByRole('link', { name: alias }).click();
  await page.getByRole('button', { name: t('Last ned for arkivering') }).waitFor();
}

async function unzip(download: import('playwright-core').Download): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}

describe('the archive package', () => {
  test('three referats, the praksisavtale, the praksisattest and the plan, each a tagged PDF, no name in any file name, and a document list', { timeout: 120_000 }, async () => {
    await openFollowUp();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: t('Last ned for arkivering') }).click()]);
    const today = todayIso(new Date());
    expect(download.suggestedFilename()).toBe(`oppfolging-arkiv-${today}.zip`);
    const files = await unzip(download);
    const names = Object.keys(files).sort();
    const updated = (id: string) => fu.forms![id]!.updatedAt.slice(0, 10);
    expect(names).toEqual([
      `${updated('praksisattest')}-praksisattest.pdf`,
      `${updated('praksisavtale')}-praksisavtale.pdf`,
      '2026-09-20-referat-trekantsamtale.pdf',
      '2026-10-15-referat-trekantsamtale.pdf',
      '2026-11-20-referat-trekantsamtale.pdf',
      `${today}-opplaeringsplan-renhold.pdf`,
      'dokumentliste.csv',
      'dokumentliste.json',
    ].sort());
    for (const name of names) for (const part of [...alias.split(' '), 'Fadder', 'Veileder', 'sykehjem']) expect(name).not.toContain(part);
    for (const name of names.filter((n) => n.endsWith('.pdf'))) {
      const report = await checkTagged(files[name]!);
      expect(report.problems, name).toEqual([]);
      expect(report.pdfinfoTagged, name).toBe(true);
    }
    // The referat holds its own answers; the Arabic name in it is tagged as Arabic.
    const referat = await checkTagged(files['2026-10-15-referat-trekantsamtale.pdf']!);
    expect(referat.text).toContain('Referat nummer 2');
    const list = JSON.parse(new TextDecoder().decode(files['dokumentliste.json'])).dokumenter as { fil: string; type: string; dato: string; motedato: string }[];
    expect(list.filter((d) => d.type === 'referat-trekantsamtale').map((d) => d.motedato)).toEqual(['2026-09-20', '2026-10-15', '2026-11-20']);
    expect(list.map((d) => d.fil).sort()).toEqual(names.filter((n) => n.endsWith('.pdf')));
    await expect(page.getByText(t('Arkivpakken er lastet ned: {count} dokumenter og en dokumentliste.', { count: 6 })).isVisible()).resolves.toBe(true);
  });

  test('with a passphrase set, the package asks for it first; a wrong one gives a message next to the field and no file', { timeout: 120_000 }, async () => {
    await openWorkspace(page, siteUrl);
    await page.getByRole('button', { name: t('Lås oppfølgingene med et passord') }).click();
    await page.getByLabel(t('Passord'), { exact: true }).fill('en lang setning');
    await page.getByLabel(t('Skriv passordet en gang til')).fill('en lang setning');
    await page.getByRole('button', { name: t('Lås med passord') }).click();
    await page.getByRole('button', { name: t('Lås nå') }).waitFor();
    await page.getByRole('link', { name: alias }).click();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: t('Last ned for arkivering') }).click();
    await page.getByText(t('Oppfølgingene er låst med passord. Skriv passordet for å lage arkivpakken.')).waitFor();
    // The field takes focus, has a name of its own on the page, and axe finds nothing.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('archive-p');
    expect(await page.getByLabel(t('Passordet for oppfølgingene')).count()).toBe(1);
    expect((await new AxeBuilder({ page }).include('.ws-archive').analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.type('feil passord');
    await page.getByRole('button', { name: t('Lag arkivpakke') }).click();
    await expect.poll(() => page.locator('#archive-p-error').textContent(), { timeout: 15_000 }).toBe(t('Feil passord. Prøv igjen.'));
    expect(downloads).toBe(0);
    await page.locator('#archive-p').fill('en lang setning');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: t('Lag arkivpakke') }).click()]);
    expect(Object.keys(await unzip(download)).filter((n) => n.endsWith('.pdf'))).toHaveLength(6);
  });
});
