import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import type { Municipality } from '../schemas/municipality.ts';

/**
 * The publiccode.yml a site publishes (at /publiccode.yml).
 *
 * The repository's publiccode.yml describes the project itself and is owned by the project,
 * like content/: a copy never edits it, so a new version of it never conflicts. A copy's own
 * description is made from that file and the copy's identity in lokalt/kommune.yaml: its
 * repository, its site, its contacts, and isBasedOn pointing at the project.
 * The project itself (no lokalt/kommune.yaml) publishes its file as it is.
 */
export const PUBLICCODE_FILE = 'publiccode.yml';

/** The project's own address, where every copy's isBasedOn points. */
export function upstreamUrl(projectText: string): string | undefined {
  const doc = parseDocument(projectText);
  const url = doc.get('isBasedOn') ?? doc.get('url');
  return typeof url === 'string' ? url : undefined;
}

export function copyPubliccode(projectText: string, kommune: Municipality): string {
  const project = parse(projectText) as Record<string, unknown>;
  const upstream = upstreamUrl(projectText);
  const site = new URL(kommune.basePath, kommune.siteUrl).href;
  const own = kommune.publiccode;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(project)) {
    if (key === 'usedBy' || key === 'isBasedOn' || key === 'organisationUri') continue;
    copy[key] = value;
    if (key === 'landingURL' || (key === 'url' && !('landingURL' in project))) {
      copy.url = own?.url ?? site;
      copy.landingURL = own?.landingURL ?? site;
      if (upstream) copy.isBasedOn = upstream;
      if (own?.organisationUri) copy.organisationUri = own.organisationUri;
    }
  }
  const description = copy.description as Record<string, { localisedName?: string }> | undefined;
  for (const text of Object.values(description ?? {})) if (text.localisedName) text.localisedName = `${text.localisedName} – ${kommune.name}`;
  // A copy's maintainer is the municipality; the project's contacts are not its contacts.
  copy.maintenance = { type: 'internal', contacts: own?.contacts ?? [{ name: kommune.name }] };
  const header = `# publiccode.yml for ${kommune.name}, laget fra prosjektets publiccode.yml og lokalt/kommune.yaml.\n# Ikke rediger denne fila: endre feltet publiccode i lokalt/kommune.yaml (se ADOPTING.md).\n`;
  return `${header}${stringify(copy, { lineWidth: 0 })}`;
}

/** The file to publish: the project's own, or the copy's made from it. */
export function publishedPubliccode(rootDir: string, kommune: Municipality, isCopy: boolean): string {
  const projectText = readFileSync(join(rootDir, PUBLICCODE_FILE), 'utf8');
  return isCopy ? copyPubliccode(projectText, kommune) : projectText;
}
