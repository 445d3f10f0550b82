/**
 * Where a form opened from a follow-up reads its facts and keeps its answers: the follow-up
 * itself, through the follow-up model and its store (which keeps the passphrase lock). The
 * form only sets its own entry in `followUp.forms`; nothing else in the follow-up changes.
 */
import { followUpStore, type FollowUpStore } from '../../lib/followup/local-store.ts';
import { setFormAnswers } from '../../lib/followup/edits.ts';
import type { FollowUp, StoredFormAnswers } from '../../lib/followup/types.ts';
import type { LoadResult } from '../../lib/followup/storage.ts';

/** The answers of one form belong to one follow-up, and a referat to one meeting. */
export function instanceId(formId: string, meetingId?: string): string {
  return meetingId ? `${formId}:${meetingId}` : formId;
}

export type FollowUpLookup = { ok: true; followUp: FollowUp } | { ok: false; reason: 'missing' | 'locked' };

const stores = new Map<string, FollowUpStore>();
/** One store per page: it holds the lock's key in memory once unlocked. */
function storeFor(base: string): FollowUpStore {
  let s = stores.get(base);
  if (!s) stores.set(base, (s = followUpStore(base)));
  return s;
}

const live = (r: LoadResult, id: string) => r.state.followUps.find((f) => f.id === id && !f.deletedAt);

export async function findFollowUp(base: string, id: string): Promise<FollowUpLookup> {
  const opened = await storeFor(base).open();
  if (opened.kind === 'locked') return { ok: false, reason: 'locked' };
  const fu = live(opened.result, id);
  return fu ? { ok: true, followUp: fu } : { ok: false, reason: 'missing' };
}

/** Throws WrongPassphraseError on a wrong passphrase; nothing stored changes. */
export async function unlockFollowUp(base: string, passphrase: string, id: string): Promise<FollowUpLookup> {
  const fu = live(await storeFor(base).unlock(passphrase), id);
  return fu ? { ok: true, followUp: fu } : { ok: false, reason: 'missing' };
}

/**
 * Re-reads storage first so a change made in another tab is kept. Plain data is written
 * before this returns (safe when the page is closing); locked data is re-encrypted.
 */
export async function saveAnswers(base: string, fuId: string, instance: string, answers: Omit<StoredFormAnswers, 'updatedAt'>): Promise<boolean> {
  const store = storeFor(base);
  // readPlain is synchronous, so for unlocked data the write below happens before the first await.
  const plain = store.readPlain();
  const opened = plain ?? (await store.open().then((o) => (o.kind === 'open' ? o.result : undefined)));
  const fu = opened && live(opened, fuId);
  if (!opened || !fu) return false;
  const next = setFormAnswers(fu, instance, answers);
  return store.write({ ...opened.state, followUps: opened.state.followUps.map((f) => (f.id === fuId ? next : f)) }, opened.setAside);
}
