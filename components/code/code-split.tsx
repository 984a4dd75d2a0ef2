"use client";

import { type ReactNode, useRef, useState } from "react";
import { usePanelRef } from "react-resizable-panels";
import { CODE_HEADER_HEIGHT, CodePanel } from "@/components/code/code-panel";
import { useLocalBaseUrl } from "@/components/code/use-local-base-url";
import { ResizablePanes } from "@/components/shell/pane-layout";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { useDeferredRequest } from "@/lib/request/request-context";

// Enough for ten lines of code, leaving the workspace the rest.
const CODE_SHARE = 36;

/**
 * A workspace above, the code of its request below, split by a line that drags (or, focused, takes
 * the arrow keys) and remembered in this browser. The code folds to its tab row and unfolds from
 * it. `request` replaces the editor's request when given: a comparison's focused column, or a test
 * case's row, shows its own request as it is sent.
 */
export function CodeSplit({
  id,
  label,
  request: shown,
  children,
}: {
  /** Names the remembered sizes. */
  id: string;
  /** The workspace's name, read out by the separator: "Resize {label} and Code". */
  label: string;
  request?: PlaygroundRequest;
  children: ReactNode;
}) {
  // The code follows typing: it is rebuilt after a keystroke has painted, not before.
  const current = useDeferredRequest();
  const request = shown ?? current;
  const localBaseUrl = useLocalBaseUrl();
  const code = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  // The size to unfold to: the last one shown on this visit, else the default (after a reload
  // the library remembers the fold but not the size before it).
  const unfolded = useRef(CODE_SHARE);
  const unfold = () => {
    const handle = code.current;
    // A tab pressed while the code shows asks to unfold too: nothing to do.
    if (!handle?.isCollapsed()) return;
    // `resize` reads a percentage against the panel itself, so it is given pixels.
    const { asPercentage, inPixels } = handle.getSize();
    if (asPercentage <= 0) return handle.expand();
    handle.resize(Math.round((inPixels / asPercentage) * unfolded.current));
  };
  return (
    <ResizablePanes
      id={id}
      orientation="vertical"
      panes={[
        {
          id: `${id}-work`,
          label,
          defaultSize: 100 - CODE_SHARE,
          minSize: 20,
          content: children,
        },
        {
          id: `${id}-code`,
          label: "Code",
          defaultSize: CODE_SHARE,
          minSize: 18,
          maxSize: 80,
          collapsedSize: CODE_HEADER_HEIGHT,
          panelRef: code,
          // Dragged shut, restored from storage, or folded by the button: the header follows.
          onResize: (size) => {
            // The first report can come before the handle is attached: nothing known yet.
            if (!code.current) return;
            const folded = code.current.isCollapsed();
            setCollapsed(folded);
            if (!folded) unfolded.current = size.asPercentage;
          },
          content: (
            <CodePanel
              request={request}
              localBaseUrl={localBaseUrl}
              collapsed={collapsed}
              onCollapsedChange={(fold) => (fold ? code.current?.collapse() : unfold())}
            />
          ),
        },
      ]}
    />
  );
}
