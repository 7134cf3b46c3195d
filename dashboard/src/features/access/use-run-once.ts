import { useEffect, useRef } from 'react';

/**
 * Runs `action` once per mounted page. Emailed links are single use: StrictMode's second effect run (or a
 * re-render) must not spend the token again and turn a success into "already used".
 */
export function useRunOnce(action: () => void): void {
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current) return;
    ran.current = true;
    action();
  });
}
