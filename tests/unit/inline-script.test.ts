import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { withInlineScript } from '../../src/integrations/inline-script.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' ;">`;
const page = `<html><head><meta charset="utf-8">${CSP}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;

describe('a script added after the build', () => {
  test('goes right after the page’s Content Security Policy, before the stylesheets, and is allowed by its own hash', () => {
    const script = 'console.log(1)';
    const html = withInlineScript(page, script);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}' 'self' 'wasm-unsafe-eval' 'sha256-abc='`);
    expect(html.indexOf('<script>console.log(1)</script>')).toBeGreaterThan(html.indexOf('content-security-policy'));
    expect(html.indexOf('<script>console.log(1)</script>')).toBeLessThan(html.indexOf('a.css'));
    // Only the script's own directive changes.
    expect(html).toContain(`default-src 'self';form-action 'self';`);
  });

  test('a page without a policy gets the script first in its head', () => {
    expect(withInlineScript('<html><head><title>x</title></head></html>', 'f()')).toBe('<html><head><script>f()</script><title>x</title></head></html>');
  });

  test('a policy without script-src, or a script that would end its own tag, is a build error', () => {
    expect(() => withInlineScript(page.replace(/script-src[^;]*;/, ''), 'f()')).toThrow(/script-src/);
    expect(() => withInlineScript(page, 'x="</script>"')).toThrow(/<\/script/);
  });
});
