"use client";
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** Closer than this to the bottom counts as "at the bottom". */
const AT_BOTTOM_PX = 32;

function distanceFromBottom(el: HTMLElement): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}

/**
 * Keeps a scroll container at its bottom while `content` grows, unless the user scrolled up;
 * then `behind` is true until they jump back (or scroll down) to the latest.
 */
export function useFollowOutput(
  ref: RefObject<HTMLElement | null>,
  content: unknown,
  growing: boolean,
): { behind: boolean; jumpToLatest: () => void } {
  const pinned = useRef(true);
  const [behind, setBehind] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      pinned.current = distanceFromBottom(el) <= AT_BOTTOM_PX;
      if (pinned.current) setBehind(false);
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => el.removeEventListener("scroll", onScroll);
  }, [ref]);

  // A new run starts at the bottom of what is there.
  useEffect(() => {
    if (growing) pinned.current = true;
    else setBehind(false);
  }, [growing]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the output grows
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !growing) return;
    if (pinned.current) el.scrollTop = el.scrollHeight;
    else if (distanceFromBottom(el) > AT_BOTTOM_PX) setBehind(true);
  }, [content, growing, ref]);

  const jumpToLatest = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    pinned.current = true;
    setBehind(false);
    el.scrollTop = el.scrollHeight;
  }, [ref]);

  return { behind, jumpToLatest };
}
