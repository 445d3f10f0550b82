// npm preinstall: one calm line on what the install does. Plain CommonJS with nothing from
// node_modules, because it may run before the packages are there. The Node that runs npm
// (named in npm's user agent) is the machine's own; the one running this script may already
// be the bundled Node 24.
const agent = /\bnode\/v(\d+)\.(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent || '');
const [major, minor] = agent ? [Number(agent[1]), Number(agent[2])] : process.versions.node.split('.').map(Number);
const version = agent ? `${agent[1]}.${agent[2]}.${agent[3]}` : process.versions.node;
const modern = major > 22 || (major === 22 && minor >= 12);
const quiet = ['error', 'silent'].includes(process.env.npm_config_loglevel || '');
console.log(
  modern
    ? `Praksishåndboka: installerer pakkene med Node ${version}.`
    : `Praksishåndboka: maskinen har Node ${version}. Installasjonen henter derfor Node 24 som en pakke, og alle «npm run»-kommandoer bruker den.${quiet ? ' Varsler om Node-versjonen er skjult (se .npmrc), feil vises som vanlig.' : ''}`,
);
