import { useEffect } from "react";

/**
 * Calls `task` once the page is idle (at the latest after `timeoutMs`): for code the next step
 * will need, fetched without competing with the first paint. Browsers without
 * requestIdleCallback load it when it is first used instead.
 */
export function useWhenIdle(task: () => void, timeoutMs: number, skip = false): void {
  useEffect(() => {
    if (skip || typeof requestIdleCallback !== "function") return;
    const idle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }, [task, timeoutMs, skip]);
}
