/**
 * A note the user typed that cannot be saved as the note yet (longer than the limit): kept as
 * a draft in the stored state, so it survives a reload and the page warns before it is left,
 * until the user shortens it. Nothing typed is ever cut or dropped.
 */
import type { StoredState } from './storage.ts';

export const draftKey = (followUpId: string, taskId: string) => `${followUpId}/${taskId}`;

export const noteDraftOf = (state: StoredState, followUpId: string, taskId: string): string | undefined =>
  state.noteDrafts?.[draftKey(followUpId, taskId)];

/** Sets (text) or drops (undefined) one draft. */
export function withNoteDraft(state: StoredState, followUpId: string, taskId: string, text: string | undefined): StoredState {
  const key = draftKey(followUpId, taskId);
  const { [key]: _old, ...rest } = state.noteDrafts ?? {};
  const noteDrafts = text === undefined ? rest : { ...rest, [key]: text };
  const { noteDrafts: _d, ...base } = state;
  return Object.keys(noteDrafts).length ? { ...base, noteDrafts } : base;
}

/** True while any draft waits: the page asks before it is left. */
export const hasNoteDrafts = (state: StoredState) => Object.keys(state.noteDrafts ?? {}).length > 0;
