import { useEffect, useRef } from 'preact/hooks';

/**
 * Writes what is pending when the page is hidden or closed (pagehide, visibilitychange: a
 * phone may never send the others), and makes the browser ask before leaving while work
 * is still unsaved. The one place every island that keeps typed work wires this up.
 */
export function useSaveOnLeave(flush: () => unknown, unsaved: () => boolean): void {
  const latest = useRef({ flush, unsaved });
  latest.current = { flush, unsaved };
  useEffect(() => {
    const leave = () => void latest.current.flush();
    const hidden = () => document.visibilityState === 'hidden' && leave();
    const guard = (e: BeforeUnloadEvent) => {
      leave();
      if (!latest.current.unsaved()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('pagehide', leave);
    addEventListener('beforeunload', guard);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      leave();
      removeEventListener('pagehide', leave);
      removeEventListener('beforeunload', guard);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);
}
