"use client";

import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { Compartment, EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { type RefObject, useEffect, useRef } from "react";
import { takeCaret } from "./take-caret";

export interface LongTextEditorProps {
  label: string;
  value: string;
  /** `caret` is where the caret is while the editor has focus, else null. */
  onChange(text: string, caret: number | null): void;
  onPasteFiles(files: File[]): void;
  /** Set when the editor replaces a focused textarea: it takes the focus and the caret there. */
  caret: RefObject<number | null>;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

// Looks like the textarea it replaces (inputClass at h-80), in the page's light and dark colours.
const look = EditorView.theme({
  "&": { height: "20rem", fontSize: "0.875rem" },
  // The page's focus ring (globals.css), on the box rather than on the scrolled content.
  "&.cm-focused": { outline: "2px solid var(--color-indigo-500)", outlineOffset: "2px" },
  ".cm-content:focus-visible": { outline: "none" },
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "1.25rem" },
  ".cm-content": { padding: "0.25rem 0.5rem", caretColor: "currentColor" },
  ".cm-line": { padding: "0" },
  // Readable on the light and the dark page alike.
  ".cm-selectionBackground, &.cm-focused .cm-selectionBackground": {
    background: "rgb(99 102 241 / 0.3)",
  },
});

function contentAttributes(label: string, describedBy?: string, invalid?: true) {
  const attributes: Record<string, string> = { "aria-label": label, spellcheck: "false" };
  if (describedBy) attributes["aria-describedby"] = describedBy;
  if (invalid) attributes["aria-invalid"] = "true";
  return EditorView.contentAttributes.of(attributes);
}

/**
 * A plain-text editor for very long message texts (CodeMirror without any language): it renders
 * only what is on screen, so typing costs the same at 200 kB as at 2 kB. Its content is a textbox
 * named like the textarea it replaces.
 */
export function LongTextEditor({
  label,
  value,
  onChange,
  onPasteFiles,
  caret,
  ...aria
}: LongTextEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The text this editor last reported: the same value coming back needs no update.
  const reported = useRef(value);
  const attributes = useRef(new Compartment());
  const handlers = useRef({ onChange, onPasteFiles });
  handlers.current = { onChange, onPasteFiles };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; value and attributes follow in the effects below.
  useEffect(() => {
    if (!host.current) return;
    const focusAt = takeCaret(caret);
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        selection: focusAt === null ? undefined : EditorSelection.cursor(focusAt),
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          look,
          attributes.current.of(
            contentAttributes(label, aria["aria-describedby"], aria["aria-invalid"]),
          ),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            reported.current = update.state.doc.toString();
            const at = update.view.hasFocus ? update.state.selection.main.head : null;
            handlers.current.onChange(reported.current, at);
          }),
          EditorView.domEventHandlers({
            paste(event) {
              const files = [...(event.clipboardData?.files ?? [])];
              if (files.length === 0) return false;
              event.preventDefault();
              handlers.current.onPasteFiles(files);
              return true;
            },
          }),
        ],
      }),
    });
    view.current = editor;
    if (focusAt !== null) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // The textbox's name and issue links, on the element that has the textbox role.
  const describedBy = aria["aria-describedby"];
  const invalid = aria["aria-invalid"];
  useEffect(() => {
    view.current?.dispatch({
      effects: attributes.current.reconfigure(contentAttributes(label, describedBy, invalid)),
    });
  }, [label, describedBy, invalid]);

  // Edits from elsewhere (the JSON view, Undo) replace the text.
  useEffect(() => {
    const editor = view.current;
    if (!editor || value === reported.current) return;
    reported.current = value;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  return (
    <div
      ref={host}
      className={`rounded-md border bg-surface-raised text-fg ${aria["aria-invalid"] ? "border-red-500" : "border-border-strong"}`}
    />
  );
}
