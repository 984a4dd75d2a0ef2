"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { Fragment, type ReactNode, type Ref, useState } from "react";
import {
  Group,
  type LayoutStorage,
  Panel,
  type PanelImperativeHandle,
  type PanelSize,
  Separator,
  useDefaultLayout,
} from "react-resizable-panels";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { readStored, writeStored } from "@/lib/storage/stored-value";
import { useWideScreen } from "./use-wide-screen";

/** One pane of the page: what it shows and how much room it takes by default. */
export interface Pane {
  id: string;
  /** The pane's name: its tab on narrow screens, and what its separator says it resizes. */
  label: string;
  /** Percent of the group's length (its width, or its height when stacked). */
  defaultSize: number;
  minSize: number;
  maxSize?: number;
  /** Makes the pane foldable down to this CSS length (a header that stays in view). */
  collapsedSize?: string;
  /** Folds and unfolds the pane from outside: its header's button. */
  panelRef?: Ref<PanelImperativeHandle | null>;
  onResize?: (size: PanelSize) => void;
  content: ReactNode;
}

/**
 * Panes side by side with keyboard- and pointer-resizable separators, their sizes remembered in
 * this browser per set of panes; on narrow screens the same panes as tabs, one at a time.
 */
export function PaneLayout({ id, panes }: { id: string; panes: readonly Pane[] }) {
  // A different set of panes (a comparison opened) starts from its own remembered sizes.
  return useWideScreen() ? (
    <ResizablePanes key={id} id={id} panes={panes} orientation="horizontal" />
  ) : (
    <TabbedPanes panes={panes} />
  );
}

const separatorClass =
  "group relative shrink-0 bg-zinc-200 outline-none dark:bg-zinc-800 data-[separator=active]:bg-indigo-500 data-[separator=focus]:bg-indigo-500 data-[separator=hover]:bg-indigo-400";
const separatorLine = { horizontal: "w-px", vertical: "h-px" } as const;
// A wider hit area than the one-pixel line.
const separatorHitArea = {
  horizontal: "inset-y-0 -inset-x-1.5",
  vertical: "inset-x-0 -inset-y-1.5",
};

/** This browser's storage; where it is blocked, the sizes hold for the visit only. */
const layoutStorage: LayoutStorage = {
  getItem: (key) => readStored("local", key),
  setItem(key, value) {
    writeStored("local", key, value);
  },
};

/**
 * Panes in a row ("horizontal") or stacked ("vertical"), split by separators that take the pointer
 * and the keyboard (arrows, Home, End; Enter folds a foldable pane), their sizes remembered in this
 * browser under `id`.
 */
export function ResizablePanes({
  id,
  panes,
  orientation,
}: {
  id: string;
  panes: readonly Pane[];
  orientation: "horizontal" | "vertical";
}) {
  const panelIds = panes.map((pane) => pane.id);
  const layout = useDefaultLayout({
    id: `${STORAGE_KEYS.paneLayoutPrefix}${id}`,
    panelIds,
    storage: layoutStorage,
  });
  return (
    <Group
      id={id}
      orientation={orientation}
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
      className="min-h-0 flex-1"
    >
      {panes.map((pane, index) => {
        const before = panes[index - 1];
        return (
          <Fragment key={pane.id}>
            {before && (
              <Separator
                id={`${before.id}-${pane.id}-separator`}
                aria-label={`Resize ${before.label} and ${pane.label}`}
                className={`${separatorClass} ${separatorLine[orientation]}`}
              >
                <span aria-hidden className={`absolute ${separatorHitArea[orientation]}`} />
              </Separator>
            )}
            <Panel
              id={pane.id}
              defaultSize={`${pane.defaultSize}%`}
              minSize={`${pane.minSize}%`}
              maxSize={pane.maxSize === undefined ? undefined : `${pane.maxSize}%`}
              collapsible={pane.collapsedSize !== undefined}
              collapsedSize={pane.collapsedSize}
              panelRef={pane.panelRef}
              onResize={pane.onResize}
              className="flex h-full min-h-0 flex-col"
            >
              {pane.content}
            </Panel>
          </Fragment>
        );
      })}
    </Group>
  );
}

const tabClass =
  "flex-1 border-b-2 border-transparent px-3 py-2 text-sm text-fg-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-fg";

function TabbedPanes({ panes }: { panes: readonly Pane[] }) {
  // The main pane (the widest by default) comes first on a phone.
  const main = panes.reduce((a, b) => (b.defaultSize > a.defaultSize ? b : a));
  const [chosen, setChosen] = useState(main.id);
  // A pane that went away (the code closed) leaves its tab: show the main pane.
  const current = panes.some((pane) => pane.id === chosen) ? chosen : main.id;
  const ordered = [main, ...panes.filter((pane) => pane !== main)];
  return (
    <Tabs.Root value={current} onValueChange={setChosen} className="flex min-h-0 flex-1 flex-col">
      <Tabs.List aria-label="Panes" className="flex shrink-0 border-b border-border">
        {ordered.map((pane) => (
          <Tabs.Trigger key={pane.id} value={pane.id} className={tabClass}>
            {pane.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {ordered.map((pane) => (
        // Kept mounted while hidden, so a pane keeps its scroll and state across tabs.
        <Tabs.Content
          key={pane.id}
          value={pane.id}
          forceMount
          className="flex min-h-0 flex-1 flex-col focus-visible:outline-none data-[state=inactive]:hidden"
        >
          {pane.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
