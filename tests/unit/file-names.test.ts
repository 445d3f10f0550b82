import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logbookFileName } from '../../src/lib/logbook/model.ts';
import { exportFileName } from '../../src/lib/quality/storage.ts';
import { filledPlanFileName } from '../../src/lib/pdf/plan-fill.ts';
import { certificateFileName } from '../../src/lib/pdf/course-certificate.ts';

/*
 * A file saved just after midnight in Norway is named by the Norwegian day. The names used
 * toISOString(), which is UTC: at 00:30 on 3 December the file said 2 December, and the
 * participant's «this week's» logbook or the caseworker's plan looked a day old.
 */
const before = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Oslo'; });
afterAll(() => { process.env.TZ = before; });

describe('downloaded files are named by the local day', () => {
  const justAfterMidnight = new Date('2026-12-02T23:30:00Z'); // 00:30 on 3 December in Oslo

  test('the test runs in Norwegian time', () => {
    expect(justAfterMidnight.getDate()).toBe(3);
  });

  test.each([
    ['logbook copy', () => logbookFileName(justAfterMidnight, 'json'), 'loggbok-2026-12-03.json'],
    ['logbook PDF', () => logbookFileName(justAfterMidnight, 'pdf'), 'loggbok-2026-12-03.pdf'],
    ['self-assessment export', () => exportFileName(justAfterMidnight), 'kvalitetssjekk-2026-12-03.json'],
    ['filled plan', () => filledPlanFileName('renhold', justAfterMidnight), 'opplaeringsplan-renhold-2026-12-03.pdf'],
    ['course certificate', () => certificateFileName(justAfterMidnight), 'kursbevis-fadderkurs-2026-12-03.pdf'],
  ])('%s', (_, name, expected) => {
    expect(name()).toBe(expected);
  });
});
