"use client";

import { BAR_BUTTON_SHAPE } from "@/components/shell/top-bar-button";
import { lazyView } from "@/components/ui/lazy-view";

/**
 * Holds a dialog's place in the bar while its code loads, so nothing shifts: muted, but as legible
 * as any text (a faded label failed contrast while the page was still loading its dialogs).
 */
function Pending({ label }: { label: string }) {
  return (
    <span aria-hidden className={`${BAR_BUTTON_SHAPE} cursor-progress text-fg-muted`}>
      {label}
    </span>
  );
}

// Dialogs and their libraries load after the first screen, which needs only their buttons.
export const ImportDialog = lazyView(
  () => import("@/components/share/import-dialog"),
  (m) => m.ImportDialog,
  { fallback: () => <Pending label="Import" /> },
);
export const KeySettingsDialog = lazyView(
  () => import("@/components/keys/key-settings-dialog"),
  (m) => m.KeySettingsDialog,
  { fallback: () => <Pending label="Key settings" /> },
);
export const HistoryDialog = lazyView(
  () => import("@/components/history/history-dialog"),
  (m) => m.HistoryDialog,
  { fallback: () => <Pending label="History" /> },
);
export const SharePopover = lazyView(
  () => import("@/components/share/share-popover"),
  (m) => m.SharePopover,
  { fallback: () => <Pending label="Share" /> },
);
