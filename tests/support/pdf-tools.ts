import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'praksis-pdf-'));
let n = 0;

function save(bytes: Uint8Array): string {
  const file = join(dir, `${n++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** qpdf's structural check; returns its complaint, or '' when the file is sound. */
export function qpdfProblems(bytes: Uint8Array): string {
  const r = spawnSync('qpdf', ['--check', save(bytes)], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
}

/** The text layer as poppler reads it, bidi marks removed and whitespace collapsed. */
export function pdfText(bytes: Uint8Array): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', save(bytes), '-'], { encoding: 'utf8' });
  return text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

/** Renders every page with poppler and returns what it complained about (invalid fonts and the like). */
export function renderComplaints(bytes: Uint8Array): string {
  const r = spawnSync('pdftoppm', ['-r', '20', '-png', save(bytes), join(dir, `render-${n}`)], { encoding: 'utf8' });
  return `${r.stderr}`.trim();
}
