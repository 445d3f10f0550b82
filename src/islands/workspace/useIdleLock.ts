import { useLayoutEffect } from 'preact/hooks';

/**
 * Calls `lock` after `minutes` without a key press, click, touch or scroll (0 = never).
 * A layout effect: the clock starts when the part is on screen, not after the next paint.
 */
export function useIdleLock(minutes: number, lock: () => void) {
  useLayoutEffect(() => {
    if (!minutes) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => { clearTimeout(timer); timer = setTimeout(lock, minutes * 60_000); };
    const events = ['keydown', 'pointerdown', 'scroll', 'input'] as const;
    for (const e of events) addEventListener(e, reset, { passive: true, capture: true });
    return () => { clearTimeout(timer); for (const e of events) removeEventListener(e, reset, { capture: true }); };
  }, [minutes]);
}
