import { expect, test } from 'vitest';
import { formatDay, formatDate } from '../../src/lib/dates.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';

test('dates in text are written the Norwegian way', () => {
  expect(formatDate(new Date('2026-11-28T00:00:00Z'))).toBe('28. november 2026');
  expect(formatDay('2026-02-01')).toBe('1. februar 2026');
  expect(formatDay('i morgen')).toBe('i morgen');
});

test('download sizes are written as kB or MB with a decimal comma', () => {
  expect(formatFileSize(82_400)).toBe('82 kB');
  expect(formatFileSize(300)).toBe('1 kB');
  expect(formatFileSize(1_234_567)).toBe('1,2 MB');
});
