import { beforeAll, describe, expect, test } from 'vitest';
import { pdfTypeBuilders } from '../../scripts/bench/pdf-types.ts';
import { checkTagged, findTags, squash } from '../support/pdf-tagging.ts';
import type { PdfResult } from '../../src/lib/pdf/document.ts';

let builders: [string, () => Promise<PdfResult>][];
beforeAll(async () => { builders = await pdfTypeBuilders(); }, 60_000);

describe('tagged PDFs', () => {
  test('every document type passes the tagging checker', { timeout: 60_000 }, async () => {
    const failures: Record<string, string[]> = {};
    for (const [type, build] of builders) {
      const report = await checkTagged((await build()).bytes);
      if (report.problems.length) failures[type] = report.problems.slice(0, 5);
    }
    expect(failures).toEqual({});
  });
});
