import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

/**
 * Loads a part of the workspace only when it is first shown (keeps the JS at page load
 * small); `when` false defers it. The module is cached by the bundler after the first load.
 */
export function useLazy<P>(load: () => Promise<ComponentType<P>>, when = true): ComponentType<P> | null {
  const [C, setC] = useState<{ c: ComponentType<P> } | null>(null);
  useEffect(() => {
    if (when && !C) void load().then((c) => setC({ c }));
  }, [when]);
  return C?.c ?? null;
}
