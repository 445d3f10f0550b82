import { describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

/** Pages of a collection in the built site: every folder with an index.html. */
function pages(collection: string): string[] {
  return readdirSync(join(siteDir, collection), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => readdirSync(join(siteDir, collection, name)).includes('index.html'));
}

describe('prebuilt fillable PDFs', () => {
  test.each([
    ['planer', pages('planer')],
    ['skjema', pages('skjema')],
  ] as const)('every %s page links its own blank PDF, which downloads without JavaScript and has fields', async (collection, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const html = readFileSync(join(siteDir, collection, id, 'index.html'), 'utf8');
      const link = new RegExp(`href="([^"]*/pdf/${collection}/${id}\\.pdf)"`).exec(html)?.[1];
      expect(link, `${collection}/${id} links its PDF`).toBeTruthy();
      const response = await fetch(new URL(link!, siteUrl));
      expect(response.status).toBe(200);
      const doc = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
      expect(doc.getForm().getFields().length, `${id}.pdf has fields`).toBeGreaterThan(5);
      expect(doc.getAuthor()).toBeTruthy();
    }
  });
});
