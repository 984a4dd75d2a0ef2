"use client";

import { type ReactNode, useRef } from "react";

/** A button that opens the file chooser; the hidden input keeps its own name for tests and AT. */
export function FileButton({
  children,
  accept,
  inputLabel,
  className,
  onFile,
}: {
  children: ReactNode;
  accept: string;
  inputLabel: string;
  className: string;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} className={className}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        className="hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again still reads it.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
