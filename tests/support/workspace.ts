import type { Page } from 'playwright-core';
import { ui } from '../../src/lib/i18n/index.ts';

/** The site's own labels (nb or nn, from its kommune.yaml), so the helpers work on any copy. */
const w = () => ui().workspace;

/** Opens /oppfolging/ for a plan (as the plan page's entry link does) and waits for the island. */
export async function openWorkspace(page: Page, siteUrl: string, planSlug?: string) {
  await page.goto(`${siteUrl}oppfolging/${planSlug ? `#plan=${planSlug}` : ''}`);
  await page.locator('.ws').waitFor();
}

/** Creates a follow-up through the form and waits for its view (the first phase tab). */
export async function createFollowUp(page: Page, siteUrl: string, planSlug: string, alias: string, extra: { workplace?: string; startDate?: string } = {}) {
  await openWorkspace(page, siteUrl, planSlug);
  await page.getByLabel(w().fields.alias).fill(alias);
  if (extra.workplace) await page.getByLabel(w().fields.workplace).fill(extra.workplace);
  await page.getByLabel(w().fields.startDate).fill(extra.startDate ?? '2026-01-05');
  await page.getByRole('button', { name: w().create }).click();
  await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
}

/** The first task's mastery radio group ("Mestring: <task>"). */
export const firstTask = (page: Page) => page.locator('.ws-task').first();
