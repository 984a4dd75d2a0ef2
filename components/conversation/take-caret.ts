import type { RefObject } from "react";

/**
 * The caret a field left for its successor, used once: the textarea and the long-text editor
 * hand it to each other as a text crosses LONG_TEXT (message-text-field.tsx).
 */
export function takeCaret(caret: RefObject<number | null>): number | null {
  const at = caret.current;
  caret.current = null;
  return at;
}
