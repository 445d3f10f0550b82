/**
 * npm run publiccode
 *
 * Prints the publiccode.yml this site publishes at /publiccode.yml: for a copy, made from the
 * project's publiccode.yml and the field «publiccode» in lokalt/kommune.yaml.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../src/lib/municipality.ts';
import { MUNICIPALITY_FILE } from '../src/lib/content/layers.ts';
import { publishedPubliccode } from '../src/lib/publiccode/publiccode.ts';

const root = process.cwd();
process.stdout.write(publishedPubliccode(root, loadMunicipality(), existsSync(join(root, MUNICIPALITY_FILE))));
