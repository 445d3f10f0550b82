import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

/** Builds the default site once for all browser tests and serves it on 127.0.0.1. */
export default async function setup(project: TestProject) {
  // A site built just before (the copy test builds a copy, then runs these tests on it) is reused.
  const given = process.env.PRAKSIS_SITE_DIR;
  const outDir = given && existsSync(join(given, 'index.html')) ? given : mkdtempSync(join(tmpdir(), 'praksis-site-'));
  if (outDir !== given) buildSite(process.cwd(), outDir);
  const site = await serveStatic(outDir, loadMunicipality().basePath);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', outDir);
  return async () => {
    await site.close();
    if (outDir !== given) rmSync(outDir, { recursive: true, force: true });
  };
}
