import type { PDFOperator, PDFPage } from 'pdf-lib';
import type { TextRun } from '../fonts.ts';
import { isRightToLeft } from '../scripts.ts';
import { guessLanguage } from './marked.ts';
import type { StructureTree } from './tree.ts';

/**
 * Tags one drawn line, run by run. Runs in the document's language share one marked-content
 * sequence; a run in another language (given, or Arabic script) gets a Span with its /Lang,
 * unless the element it is drawn in has that language already.
 * When such a Span holds shaped right-to-left text, the Span carries /ActualText with the
 * letters in reading order, for screen readers that read the tag tree. It sits on the
 * structure element, not in the content stream: poppler (pdftotext, many viewers' copy)
 * lays content-stream ActualText out in drawing order and would reverse it.
 */
export function taggedRuns(tags: StructureTree, page: PDFPage, runs: TextRun[], drawn: PDFOperator[][], style: { artifact?: boolean; lang?: string }): PDFOperator[] {
  if (style.artifact) return tags.artifact(drawn.flat());
  // Text in the language it is read in already (the document's, or its element's) needs no Span.
  const given = style.lang === tags.lang ? undefined : style.lang;
  // The common case, text in WinAnsi fonts only (Arabic script is always shaped): one sequence.
  // A line that is a paragraph of its own carries its language on the paragraph.
  if ((!given || !tags.inLeaf) && runs.every((r) => !r.shaped)) {
    const paragraph = tags.inLeaf ? undefined : tags.open('P', given ? { lang: given } : {});
    const out = tags.mark(page, drawn.length === 1 ? drawn[0]! : drawn.flat());
    if (paragraph) tags.close(paragraph);
    return out;
  }
  // Consecutive runs of one language form a group; spaces and digits join the group they are in.
  // Arabic script is Arabic whatever language the text around it is in (a name in a form).
  // Runs are taken in reading order: a right-to-left line is drawn in visual order (bidi.ts),
  // and the tree must read it as written.
  const order = runs.map((_, i) => i);
  if (runs.some((r) => r.logical)) order.sort((a, b) => (runs[a]!.logical?.start ?? 0) - (runs[b]!.logical?.start ?? 0));
  const groups: { lang: string | undefined; text: string; rtl: boolean }[] = [];
  const groupOf: number[] = [];
  for (const i of order) {
    const run = runs[i]!;
    const text = run.logical?.text ?? run.text;
    const script = guessLanguage(text);
    const guessed = script === 'ar' ? script : script === null && groups.length ? null : given;
    const rtl = Boolean(run.shaped) && isRightToLeft(text);
    const last = groups[groups.length - 1];
    if (last && (guessed === null || guessed === last.lang)) {
      last.text += text;
      last.rtl ||= rtl;
    } else groups.push({ lang: guessed ?? undefined, text, rtl });
    groupOf[i] = groups.length - 1;
  }
  // A line drawn outside any text element is a paragraph of its own. Its groups' elements are
  // made in reading order; the runs are then marked in drawing order, each in its group's
  // element, neighbours of one group in one sequence.
  // When the drawing order differs from the reading order, text in the document's language
  // gets a plain Span too, to hold its place among the others.
  const paragraph = tags.inLeaf ? undefined : tags.open('P');
  const reordered = order.some((run, k) => run !== k);
  const owners = groups.map((group) => (!group.lang && !group.rtl ? (reordered ? tags.add('Span') : undefined) : tags.add('Span', { lang: group.lang, actualText: group.rtl ? group.text : undefined })));
  const out: PDFOperator[] = [];
  for (let i = 0; i < runs.length; ) {
    const group = groupOf[i]!;
    const ops: PDFOperator[] = [];
    while (i < runs.length && groupOf[i] === group) ops.push(...drawn[i++]!);
    out.push(...tags.markIn(page, ops, owners[group]));
  }
  if (paragraph) tags.close(paragraph);
  return out;
}
