import { localKey } from '../local-data/keys.ts';

/**
 * The participant's language, remembered in this browser (localStorage, never a cookie):
 * set when a /sprak/<kode>/ page is opened, read by the logbook as its default language and
 * by «Lagre håndboka for bruk uten nett» to save that language's pages.
 */
export const choiceKey = (base: string) => localKey(base, 'sprak');

export function readChoice(base: string): string | undefined {
  try {
    return localStorage.getItem(choiceKey(base)) ?? undefined;
  } catch {
    return undefined; // storage blocked: no remembered choice
  }
}

export function writeChoice(base: string, kode: string): void {
  try {
    localStorage.setItem(choiceKey(base), kode);
  } catch {
    // Storage blocked or full: the choice is simply not remembered.
  }
}
