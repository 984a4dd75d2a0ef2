"use client";
// STUB: becomes the code panel (cURL, Python, TypeScript, Claude Code) fed by the request.
export function CodePanelSlot() {
  return null;
}
