"use client";

import { lazyView } from "@/components/ui/lazy-view";

/**
 * The popover (Radix, floating-ui) and its searchable list (cmdk) load when the picker is first
 * hovered, focused or opened; the button itself is plain and on the first screen.
 */
export const ModelPickerPopup = lazyView(
  () => import("@/components/model-picker/model-picker-popup"),
  (m) => m.ModelPickerPopup,
);
