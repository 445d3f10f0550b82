import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeText, textProblem } from '../../lib/followup/limits.ts';

export interface NoteEditor {
  /** What the box shows: what the user is typing, else the stored note. */
  value: string;
  /** The refusal (too long) while the typed text cannot be saved as the note. */
  problem?: string;
  /** The note another tab saved while this one was typing: the user chooses. */
  other?: string;
  /** True while something typed is not the stored note (a draft or a choice is open). */
  held: boolean;
  type(value: string): void;
  keepMine(): void;
  useOther(): void;
  /** The box closes: it follows the stored note again, unless something is still held. */
  release(): void;
}

/**
 * One note's box, following the rule «a view reads the store; it never keeps its own copy»:
 * only what the user is typing is kept here. While the user has not typed, the box shows the
 * stored note (so another tab's note shows). While typing, each keystroke is saved; if the
 * store's note changes underneath (another tab), the typed text stays and the user is asked.
 * A text over the limit is never cut: it is kept as a draft (`keepDraft`) until shortened.
 */
export function useNoteEditor(stored: string, storedDraft: string | undefined, save: (text: string) => void, keepDraft: (text: string | undefined) => void): NoteEditor {
  const [typed, setTyped] = useState<string | undefined>(storedDraft);
  const [other, setOther] = useState<string | undefined>();
  // Typed in this box since it last followed the store.
  const dirty = useRef(storedDraft !== undefined);
  // The stored note this tab last saved or adopted; a different one came from elsewhere.
  const known = useRef(stored);

  useEffect(() => {
    if (stored === known.current) return;
    known.current = stored;
    if (dirty.current && typed !== undefined && normalizeText(typed) !== stored) setOther(stored);
    else if (!dirty.current) setTyped(undefined);
  }, [stored]);
  // A draft kept by another tab shows here too, unless this box is being typed in.
  useEffect(() => { if (!dirty.current) setTyped(storedDraft); }, [storedDraft]);

  const commit = (value: string) => {
    if (textProblem('note', value)) { keepDraft(value); return; }
    known.current = normalizeText(value);
    save(value);
  };
  const problem = typed !== undefined ? textProblem('note', typed) : undefined;
  return {
    value: typed ?? stored,
    problem,
    other,
    held: other !== undefined || !!problem,
    type(value) {
      dirty.current = true;
      setTyped(value);
      // While the choice is open nothing is saved: neither text replaces the other unasked.
      if (other === undefined) commit(value);
    },
    keepMine() {
      setOther(undefined);
      commit(typed ?? '');
    },
    useOther() {
      setOther(undefined);
      setTyped(undefined);
      dirty.current = false;
      if (storedDraft !== undefined) keepDraft(undefined);
    },
    release() {
      if (other !== undefined || problem) return;
      setTyped(undefined);
      dirty.current = false;
    },
  };
}
