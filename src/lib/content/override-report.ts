import type { OverrideStatus } from './overrides.ts';

const indent = (text: string, by = '    ') => text.split('\n').map((l) => `${by}${l}`).join('\n');

function describe(s: OverrideStatus): string {
  const what = s.extension ? 'utvider' : 'erstatter';
  switch (s.state) {
    case 'oppdatert':
      return `  ✓ ${s.local} ${what} ${s.shared} og bygger på dagens felles versjon (fra ${s.since}).`;
    case 'ukjent':
      return `  ? ${s.local} ${what} ${s.shared}, men vi vet ikke hvilken versjon den bygger på.\n` +
        `    Sammenlign med den felles fila. Kjør så «npm run tilpass -- ${s.name} --oppdatert», så holder vi rede på endringer fra nå av.`;
    case 'fjernet':
      return `  ! ${s.local} ${what} ${s.shared}, men den felles fila finnes ikke lenger.\n` +
        '    Se i CHANGELOG.md (avsnittet «Innhold») om den er flyttet eller tatt bort. Deres versjon vises fortsatt som en egen side.';
    case 'endret': {
      const lines = [`  ! ${s.local} ${what} ${s.shared}, og den felles fila er endret siden ${s.since}.`];
      for (const c of s.legal) lines.push(`    LOVRETTELSE ${c.dato}: ${c.hva}. Dette må dere ta inn før nettstedet kan bygges.`);
      lines.push(s.diff ? `    Dette er endret i den felles fila (- borte, + nytt):\n${indent(s.diff, '      ')}` : `    Vi har ikke kopien av den gamle versjonen. Se endringen med «git log -p ${s.shared}».`);
      lines.push(`    Ta inn det dere vil ha i ${s.local}. Kjør så «npm run tilpass -- ${s.name} --oppdatert».`);
      return lines.join('\n');
    }
  }
}

/** The override report in plain Norwegian, for check-content and oppdater. */
export function formatOverrideReport(statuses: OverrideStatus[]): string {
  const own = (n: number) => (n === 1 ? 'Dere har 1 egen versjon av en felles fil.' : `Dere har ${n} egne versjoner av felles filer.`);
  if (statuses.length === 0) return 'Dere har ingen egne versjoner av felles sider eller planer.';
  const changed = statuses.filter((s) => s.state !== 'oppdatert');
  const head = changed.length === 0
    ? `${own(statuses.length)} Alle bygger på dagens felles versjon.`
    : `${own(statuses.length)} ${changed.length} av dem bør dere se på:`;
  return [head, ...statuses.map(describe)].join('\n');
}
