import { expect } from 'vitest';

/**
 * A reading page ships no JavaScript of its own: the one script allowed is the small
 * service-worker registration that makes every page read available offline (issue 15).
 */
export function expectOnlyOfflineRegistration(html: string): void {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.filter((s) => !/type="module" src="[^"]*\/_astro\/OfflineRegister\.[^"]*\.js"/.test(s))).toEqual([]);
  expect(html).not.toMatch(/astro-island/);
}
