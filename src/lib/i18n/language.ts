/** Written into the bundles by Vite (astro.config.mjs, vite.define); undeclared in plain Node. */
declare const __PRAKSIS_LANG__: string | undefined;

/**
 * True when the copy's interface is nynorsk (kommune.yaml `language`). In a bundle Vite writes
 * the language in as a constant, so this is a literal `true` or `false` there and the bundler
 * keeps only one language's table in each module that picks with it. The build's own Node code
 * (the PDF workers) reads PUBLIC_PRAKSIS_LANG; scripts and unit tests without either get bokmål.
 */
export const NYNORSK = (typeof __PRAKSIS_LANG__ === 'undefined' ? (typeof process === 'undefined' ? undefined : process.env?.PUBLIC_PRAKSIS_LANG) : __PRAKSIS_LANG__) === 'nn';
