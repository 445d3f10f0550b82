/**
 * A passphrase lock for any saved work in this browser (follow-ups, drafts, forms):
 * AES-GCM 256 with a key from PBKDF2-SHA-256, a random salt per passphrase and a random IV
 * per encryption, all through the Web Crypto API. Nothing is sent anywhere. A forgotten
 * passphrase cannot be recovered: there is no back door, by design.
 */
import { dataMessages } from './messages.ts';

export const MIN_ITERATIONS = 600_000;

/** What is stored: everything needed to decrypt except the passphrase. */
export interface LockedBlob {
  v: 1;
  alg: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  iv: string;
  /** base64 ciphertext with the GCM tag. */
  data: string;
}

/** A derived key kept in memory while unlocked, so each save need not derive it again. */
export interface LockKey {
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super(dataMessages().wrongPassphrase);
    this.name = 'WrongPassphraseError';
  }
}

const toB64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export async function deriveKey(passphrase: string, salt: Uint8Array = random(16), iterations = MIN_ITERATIONS): Promise<LockKey> {
  if (iterations < MIN_ITERATIONS) throw new Error(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

/** Encrypts with an already derived key and a fresh IV. */
export async function sealWithKey(lock: LockKey, plaintext: string): Promise<LockedBlob> {
  const iv = random(12);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, lock.key, new TextEncoder().encode(plaintext)));
  return { v: 1, alg: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: lock.iterations, salt: toB64(lock.salt), iv: toB64(iv), data: toB64(data) };
}

/** Encrypts a JSON string with a passphrase (new random salt); returns the blob and the key. */
export async function encryptJson(plaintext: string, passphrase: string, iterations = MIN_ITERATIONS): Promise<{ blob: LockedBlob; lock: LockKey }> {
  const lock = await deriveKey(passphrase, random(16), iterations);
  return { blob: await sealWithKey(lock, plaintext), lock };
}

/** Decrypts with a key already in memory (e.g. another tab saved with the same passphrase). */
export async function openWithKey(lock: LockKey, blob: LockedBlob): Promise<string> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(blob.iv) as BufferSource }, lock.key, fromB64(blob.data) as BufferSource);
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Decrypts; a wrong passphrase (or a tampered blob) throws WrongPassphraseError. */
export async function decryptJson(blob: LockedBlob, passphrase: string): Promise<{ plaintext: string; lock: LockKey }> {
  if (blob?.v !== 1 || blob.alg !== 'AES-GCM' || blob.kdf !== 'PBKDF2-SHA-256') throw new Error('Ukjent krypteringsformat.');
  const lock = await deriveKey(passphrase, fromB64(blob.salt), blob.iterations);
  return { plaintext: await openWithKey(lock, blob), lock };
}
