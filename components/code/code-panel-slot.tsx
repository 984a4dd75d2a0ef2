"use client";

import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import { CodePanel } from "@/components/code/code-panel";
import { useLocalBaseUrl } from "@/components/code/use-local-base-url";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { useDeferredRequest } from "@/lib/request/request-context";

const STORAGE_KEY = "zenmux-playground:code-panel";
// Share of the response column the code takes: enough for ten lines, leaving the answer the rest.
const DEFAULT_SHARE = 0.36;
const MIN_SHARE = 0.18;
const MAX_SHARE = 0.8;
const STEP = 0.05;

type Layout = { share: number; collapsed: boolean };

const clamp = (share: number) => Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));

function loadLayout(): Layout | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Layout>;
    if (typeof saved?.share !== "number") return null;
    return { share: clamp(saved.share), collapsed: saved.collapsed === true };
  } catch {
    return null;
  }
}

/**
 * The code panel under the response, fed by the request. The line above it drags (or, focused,
 * takes the arrow keys) to share the column with the answer; the panel also folds to its tab row.
 * The split is remembered in this browser. `request` replaces the editor's request when given.
 */
export function CodePanelSlot({ request: shown }: { request?: PlaygroundRequest }) {
  // The code follows typing: it is rebuilt after a keystroke has painted, not before.
  const current = useDeferredRequest();
  // A comparison's focused column or a test case's row shows its own request, sent as shown.
  const request = shown ?? current;
  const [layout, setLayout] = useState<Layout>({ share: DEFAULT_SHARE, collapsed: false });
  const localBaseUrl = useLocalBaseUrl();
  const slot = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const saved = loadLayout();
    if (saved) setLayout(saved);
  }, []);

  const update = (next: Layout) => {
    setLayout(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage unavailable: the split still applies for this visit.
    }
  };

  const shareAt = (clientY: number) => {
    const column = slot.current?.parentElement?.getBoundingClientRect();
    if (!column || column.height === 0) return layout.share;
    return clamp((column.bottom - clientY) / column.height);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (layout.collapsed) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) setLayout((current) => ({ ...current, share: shareAt(event.clientY) }));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    update({ ...layout, share: shareAt(event.clientY) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowUp: layout.share + STEP,
      ArrowDown: layout.share - STEP,
      Home: MAX_SHARE,
      End: MIN_SHARE,
    };
    const share = keys[event.key];
    if (share === undefined) return;
    event.preventDefault();
    update({ collapsed: false, share: clamp(share) });
  };

  const percent = Math.round(layout.share * 100);
  return (
    <div
      ref={slot}
      style={layout.collapsed ? undefined : { height: `${percent}%` }}
      className="relative flex min-h-0 shrink-0 flex-col border-t border-border bg-surface"
    >
      {!layout.collapsed && (
        // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused and dragged; the ARIA window splitter pattern is a separator with a value.
        <div
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize code panel"
          aria-valuenow={percent}
          aria-valuemin={Math.round(MIN_SHARE * 100)}
          aria-valuemax={Math.round(MAX_SHARE * 100)}
          aria-valuetext={`Code takes ${percent}% of the column`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            dragging.current = false;
          }}
          onDoubleClick={() => update({ collapsed: false, share: DEFAULT_SHARE })}
          title="Drag to resize; double-click to reset"
          className="group absolute inset-x-0 -top-1.5 z-20 flex h-3 cursor-row-resize touch-none items-center justify-center focus-visible:outline-offset-0"
        >
          <span
            aria-hidden="true"
            className="h-1 w-10 rounded-full bg-zinc-300 transition-colors group-hover:bg-indigo-500 group-focus-visible:bg-indigo-500 dark:bg-zinc-700"
          />
        </div>
      )}
      <CodePanel
        request={request}
        localBaseUrl={localBaseUrl}
        collapsed={layout.collapsed}
        onCollapsedChange={(collapsed) => update({ ...layout, collapsed })}
      />
    </div>
  );
}
