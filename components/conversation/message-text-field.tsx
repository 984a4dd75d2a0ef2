"use client";

import { type ClipboardEvent, Suspense, useRef } from "react";
import { inputClass } from "@/components/ui/field-styles";
import { LongTextEditor } from "./long-text-editor.lazy";
import { takeCaret } from "./take-caret";

/** Texts longer than this keep a fixed height and skip spellchecking: both redo the whole text per keystroke. */
const AUTO_SIZE_LIMIT = 10_000;
/**
 * From this length the text is edited in CodeMirror, which lays out only the lines on screen: a
 * textarea re-lays out its whole text on every keystroke, which Chromium needs tens of
 * milliseconds for at 200 kB.
 */
export const LONG_TEXT = 40_000;

export interface MessageTextFieldProps {
  label: string;
  value: string;
  placeholder: string;
  onChange(text: string): void;
  /** Pasted files (images) instead of text. */
  onPasteFiles(files: File[]): void;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/** A message's text: a textarea, or for a very long text an editor that stays fast to type in. */
export function MessageTextField(props: MessageTextFieldProps) {
  const { label, value, placeholder, onChange, onPasteFiles } = props;
  const aria = {
    "aria-describedby": props["aria-describedby"],
    "aria-invalid": props["aria-invalid"],
  };
  // Where the caret was when the text crossed LONG_TEXT: the field that takes over resumes there.
  const caret = useRef<number | null>(null);
  const textarea = (
    <textarea
      ref={(field) => {
        if (!field) return;
        // As the stand-in while the editor loads, it keeps the caret for the editor.
        const at = value.length < LONG_TEXT ? takeCaret(caret) : caret.current;
        if (at === null) return;
        field.focus();
        field.setSelectionRange(at, at);
      }}
      aria-label={label}
      value={value}
      // The spellchecker re-reads a huge text on every keystroke.
      spellCheck={value.length <= AUTO_SIZE_LIMIT}
      rows={2}
      placeholder={placeholder}
      onChange={(event) => {
        const field = event.target;
        const handOver = field.value.length >= LONG_TEXT && document.activeElement === field;
        caret.current = handOver ? field.selectionEnd : null;
        onChange(field.value);
      }}
      onPaste={(event: ClipboardEvent<HTMLTextAreaElement>) => {
        const files = [...event.clipboardData.files];
        if (files.length === 0) return;
        event.preventDefault();
        onPasteFiles(files);
      }}
      {...aria}
      className={`${inputClass} ${value.length > AUTO_SIZE_LIMIT ? "h-80" : "field-sizing-content max-h-80 min-h-14"} resize-y`}
    />
  );
  if (value.length < LONG_TEXT) return textarea;
  return (
    // Until the editor has loaded, the textarea shows the text.
    <Suspense fallback={textarea}>
      <LongTextEditor
        label={label}
        value={value}
        onChange={(text, at) => {
          caret.current = text.length < LONG_TEXT ? at : null;
          onChange(text);
        }}
        onPasteFiles={onPasteFiles}
        caret={caret}
        {...aria}
      />
    </Suspense>
  );
}
