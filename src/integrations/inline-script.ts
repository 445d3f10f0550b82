import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/**
 * Puts a script written after Astro's build at the start of a page's head, right after the
 * Content Security Policy, and allows it there by its hash: the policy lets inline scripts
 * run only by hash (astro.config.mjs), and Astro hashed only the scripts it wrote itself.
 * The early place matters: a script after the stylesheets would wait for them.
 */
export function withInlineScript(html: string, script: string): string {
  if (script.includes('</script')) throw new Error('an inline script may not contain </script');
  const tag = `<script>${script}</script>`;
  const csp = CSP_META.exec(html);
  if (!csp) return html.replace(/<head>/i, `<head>${tag}`);
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const policy = csp[1]!.replace(/(^|;)(\s*script-src)(?=\s)/, `$1$2 ${hash}`);
  if (policy === csp[1]) throw new Error('the page’s Content Security Policy has no script-src to add the inline script’s hash to');
  return html.replace(csp[0], `${csp[0].replace(csp[1]!, policy)}${tag}`);
}
