import { describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { checkTagged, findTags, squash } from '../support/pdf-tagging.ts';

/** Every PDF the build ships (the blank plans and forms, the course sign-in sheet) is tagged (issue 30). */
describe('the PDFs the build ships', () => {
  const siteDir = inject('siteDir');
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).sort();

  test('there is one per plan and form, and the sign-in sheet', () => {
    const plans = readCollection(process.cwd(), 'planer').filter((p) => !p.data.draft).length;
    const forms = readCollection(process.cwd(), 'skjema').length;
    expect(files.length).toBeGreaterThanOrEqual(plans + forms + 1);
    expect(files.some((f) => f.endsWith('oppmoteliste.pdf'))).toBe(true);
  });

  test('each passes the tagging checker, pdfinfo says «Tagged: yes», and its title is its first heading', { timeout: 120_000 }, async () => {
    const failures: Record<string, string[]> = {};
    for (const file of files) {
      const report = await checkTagged(new Uint8Array(readFileSync(join(siteDir, file))));
      if (!report.pdfinfoTagged) report.problems.push('pdfinfo: not tagged');
      const h1 = findTags(report.root, 'H1').map((h) => squash(h.text));
      if (h1.length !== 1) report.problems.push(`${h1.length} H1 headings`);
      if (report.problems.length) failures[file] = report.problems.slice(0, 5);
    }
    expect(failures).toEqual({});
  });
});
