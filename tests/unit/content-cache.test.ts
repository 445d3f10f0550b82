import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { forgetEntryMemo, useEntryCache } from '../../src/lib/content/entry-cache.ts';
import { dataLoader } from '../../src/lib/content/loader.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { FolderCache } from '../../src/integrations/folder-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'praksis-content-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project with two plans, and what Astro's content layer gives a loader: a store kept between builds and parseData. */
function project() {
  const root = join(scratch, 'repo');
  mkdirSync(join(root, 'content', 'planer'), { recursive: true });
  for (const plan of ['renhold', 'butikk']) cpSync(join('content', 'planer', `${plan}.yaml`), join(root, 'content', 'planer', `${plan}.yaml`));
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string | number }>();
  const parsed: string[] = [];
  const errors: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string; digest?: string | number }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), structuredClone(data)),
    logger: { error: (message: string) => errors.push(message) },
  } as unknown as LoaderContext;
  /** One build of the plans: a new process (nothing remembered) with the same caches on disk. */
  const build = async () => {
    forgetEntryMemo();
    parsed.length = 0;
    await dataLoader('planer', root).load(context);
    return [...parsed];
  };
  return { root, entries, errors, build };
}

describe('content read once, and not again while unchanged', () => {
  const cache = join(scratch, 'cache');
  const { root, entries, errors, build } = project();
  const plan = join(root, 'content', 'planer', 'renhold.yaml');
  const cached = () => readdirSync(cache).filter((f) => f.endsWith('.v8')).length;

  test('a cold build parses each plan once; a warm one parses none and gives the same data, dates as dates', async () => {
    useEntryCache(cache);
    expect(await build()).toEqual(['butikk', 'renhold']);
    expect(cached()).toBe(2);
    const cold = structuredClone(entries.get('renhold')!.data);

    expect(await build()).toEqual([]);
    expect(cached()).toBe(2);
    expect(entries.get('renhold')!.data).toEqual(cold);
    // From the disk cache, as the PDF step reads it in the same build: a Date stays a Date.
    forgetEntryMemo();
    const fromDisk = readCollection(root, 'planer').find((p) => p.id === 'renhold')!.data;
    expect(fromDisk.reviewed).toBeInstanceOf(Date);
    expect(fromDisk).toEqual(cold);
  });

  test('an edited plan is parsed again, alone; a broken edit is reported, never the old data', async () => {
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (endret)'));
    expect(await build()).toEqual(['renhold']);
    expect(entries.get('renhold')!.data.title).toMatch(/\(endret\)$/);

    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: i fjor'));
    await build();
    expect(errors.join('\n')).toMatch(/renhold\.yaml:\d+ — reviewed/);
    forgetEntryMemo();
    expect(() => readCollection(root, 'planer')).toThrow(/reviewed/);
  });

  test('a deleted plan leaves the store; a plan put back as it was comes from the disk cache', async () => {
    writeFileSync(plan, readFileSync(join('content', 'planer', 'renhold.yaml'), 'utf8'));
    unlinkSync(join(root, 'content', 'planer', 'butikk.yaml'));
    const files = cached();
    // The store still holds the edited title, so the original is set again (from the disk cache: no new file).
    expect(await build()).toEqual(['renhold']);
    expect(cached()).toBe(files);
    expect([...entries.keys()]).toEqual(['renhold']);
  });
});

describe('a cached build folder (the Pagefind index)', () => {
  test('comes back file for file under its key, unknown keys give nothing, and only the newest two are kept', () => {
    const dir = join(scratch, 'folders');
    const cache = new FolderCache(dir);
    const made = join(scratch, 'site', 'pagefind');
    mkdirSync(join(made, 'index'), { recursive: true });
    writeFileSync(join(made, 'pagefind.js'), 'one');
    writeFileSync(join(made, 'index', 'nb_1.pf_index'), 'two');
    cache.store('a', made);
    const out = join(scratch, 'next', 'pagefind');
    expect(cache.restore('b', out)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(cache.restore('a', out)).toBe(true);
    expect(readFileSync(join(out, 'pagefind.js'), 'utf8')).toBe('one');
    expect(readFileSync(join(out, 'index', 'nb_1.pf_index'), 'utf8')).toBe('two');
    expect(statSync(join(out, 'pagefind.js')).ino).toBe(statSync(join(dir, 'a', 'files', 'pagefind.js')).ino);
    cache.store('b', made);
    cache.store('c', made);
    expect(readdirSync(dir).sort()).toEqual(['b', 'c']);
  });
});
