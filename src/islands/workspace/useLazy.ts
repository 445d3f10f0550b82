import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { PartFailed } from './PartFailed.tsx';
import type { T } from './Status.tsx';

/**
 * Loads a part of the workspace only when it is first shown (keeps the JS at page load
 * small); `when` false defers it. Null while it loads (the caller shows «Laster …» or
 * nothing); if it cannot be fetched, the part is PartFailed: a Norwegian message in its
 * place instead of «Laster …» for ever. The module is cached by the bundler once loaded.
 */
export function useLazy<P extends { t: T }>(load: () => Promise<ComponentType<P>>, when = true): ComponentType<P> | null {
  const [C, setC] = useState<{ c: ComponentType<P> } | null>(null);
  useEffect(() => {
    if (when && !C) load().then((c) => setC({ c }), () => setC({ c: PartFailed as ComponentType<P> }));
  }, [when]);
  return C?.c ?? null;
}

/** Adds a stylesheet to the page once; resolves when it applies, rejects when it cannot be fetched. */
const sheets = new Map<string, Promise<void>>();
export function stylesheet(href: string): Promise<void> {
  let loaded = sheets.get(href);
  if (!loaded) {
    loaded = new Promise<void>((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      link.onload = () => resolve();
      link.onerror = () => {
        link.remove();
        sheets.delete(href); // a later attempt (after a reload of the part) tries again
        reject(new Error('stylesheet not loaded'));
      };
      document.head.append(link);
    });
    sheets.set(href, loaded);
  }
  return loaded;
}
