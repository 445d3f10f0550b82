import { ENDINGS } from './words.ts';

/** Letters that may join two parts of a compound: arbeid-s-plass, hygiene-kurs, yrke-s-skade. */
const LINKS = ['', 's', 'e'] as const;

/**
 * Splits a Norwegian compound into parts from the word list in content/sok/ordledd.yaml,
 * or returns undefined when the whole word cannot be built from listed parts. Only whole
 * splits count, so a part never comes from the middle of an unrelated word.
 *
 * praksisplassen → [praksis, plass]; hygienekurs → [hygiene, kurs]; yrkesskade → [yrke, skade].
 */
export function splitCompound(word: string, parts: ReadonlySet<string>): string[] | undefined {
  const memo = new Map<number, string[] | null>();
  // The fewest parts from position `at` to the end, or null when there is no split.
  function from(at: number): string[] | null {
    if (memo.has(at)) return memo.get(at)!;
    let best: string[] | null = null;
    for (let end = word.length; end >= at + 3; end--) {
      const part = word.slice(at, end);
      if (!parts.has(part)) continue;
      const rest = word.slice(end);
      const candidates: string[][] = [];
      if (rest === '' || (ENDINGS as readonly string[]).includes(rest)) candidates.push([part]);
      for (const link of LINKS) {
        if (!rest.startsWith(link) || end + link.length >= word.length) continue;
        const tail = from(end + link.length);
        if (tail) candidates.push([part, ...tail]);
      }
      for (const c of candidates) if (!best || c.length < best.length) best = c;
    }
    memo.set(at, best);
    return best;
  }
  const found = from(0);
  return found && found.length > 1 ? found : undefined;
}
