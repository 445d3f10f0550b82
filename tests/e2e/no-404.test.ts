import { expect, inject, test } from 'vitest';

const siteUrl = inject('siteUrl');

// Every page's requests (favicon, fonts, scripts, styles, images, search files) are checked for
// failures and 4xx/5xx in the one walk over the whole site in privacy.test.ts.

test('/favicon.ico is the logo as an icon, for browsers and tools that ask for it by name', async () => {
  const response = await fetch(`${siteUrl}favicon.ico`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // An ICO header (reserved 0, type 1) holding a PNG image.
  expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
  expect([...bytes.slice(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
