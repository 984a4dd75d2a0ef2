"use client";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

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

  // Reading `scrollHeight` right after a commit would force a layout inside React's task, once per
  // draw. In the next animation frame the browser lays the page out once for all the draws since,
  // and the scroll write only moves what is already laid out.
  const frame = useRef<number | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the output grows
  useEffect(() => {
    if (!growing || frame.current !== undefined) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = undefined;
      const el = ref.current;
      if (!el) return;
      if (pinned.current) el.scrollTop = el.scrollHeight;
      else if (distanceFromBottom(el) > AT_BOTTOM_PX) setBehind(true);
    });
  }, [content, growing, ref]);
  useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      frame.current = undefined;
    },
    [],
  );

  const jumpToLatest = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    pinned.current = true;
    setBehind(false);
    el.scrollTop = el.scrollHeight;
  }, [ref]);

  return { behind, jumpToLatest };
}
