import type { DocumentFonts, TextRun } from './fonts.ts';
import { isRightToLeft } from './scripts.ts';

/**
 * The Unicode Bidirectional Algorithm for one line of a PDF, which pdf-lib and fontkit lack.
 * fontkit shapes and orders a run of Arabic by itself, but a line that mixes Arabic with
 * digits, Latin words or ASCII punctuation came out in logical order, left to right. Here the
 * line is split into runs of one embedding level (bidi-js), the runs are put in visual order
 * (rule L2), and each right-to-left run's font runs are reversed: Arabic ones fontkit has
 * already laid out right to left, neutral ones (spaces, «.», brackets) are reversed and
 * mirrored here. Lines with no right-to-left letter skip all of this (and never load bidi-js).
 */
type Bidi = ReturnType<typeof import('bidi-js')['default']>;
let loading: Promise<Bidi> | undefined;
const loadBidi = () => (loading ??= import('bidi-js').then((m) => m.default()));

export interface VisualLine {
  /** Runs in drawing order, left to right. */
  runs: TextRun[];
  /** The line's base direction is right to left: it is aligned to the right edge. */
  rtl: boolean;
}

export interface Piece {
  text: string;
  level: number;
  /** Where the piece starts in the line as read (logical order). */
  start: number;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or higher. */
function visualOrder(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  const levels = out.map((p) => p.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < out.length && out[end]!.level >= level) end++;
      out.splice(i, end - i, ...out.slice(i, end).reverse());
      i = end;
    }
  }
  return out;
}

/** The line's runs of one embedding level, in visual order (left to right), and its base direction. */
export async function visualPieces(line: string): Promise<{ pieces: Piece[]; rtl: boolean }> {
  const bidi = await loadBidi();
  const text = line.normalize('NFC');
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, 'auto');
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.level === levels[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, level: levels[i]!, start: i });
  }
  return { pieces: visualOrder(pieces), rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
}

export async function visualRuns(fonts: DocumentFonts, line: string, bold = false): Promise<VisualLine> {
  if (!isRightToLeft(line)) return { runs: await fonts.runs(line, bold), rtl: false };
  const bidi = await loadBidi();
  const { pieces, rtl } = await visualPieces(line);
  const runs: TextRun[] = [];
  for (const piece of pieces) {
    // Each run keeps where it sits in the line as read: the tag tree lists runs in that order.
    let start = piece.start;
    const pieceRuns = (await fonts.runs(piece.text, bold)).map((run) => {
      const logical = { start, text: run.text };
      start += run.text.length;
      return { ...run, logical };
    });
    if (piece.level % 2 === 0) {
      runs.push(...pieceRuns);
      continue;
    }
    for (const run of pieceRuns.reverse()) {
      if (run.shaped) runs.push(run);
      else runs.push({ ...run, text: [...run.text].reverse().map((c) => bidi.getMirroredCharacter(c) ?? c).join('') });
    }
  }
  return { runs, rtl };
}

