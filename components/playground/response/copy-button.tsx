"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/field-styles";

export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
        window.setTimeout(() => setCopied(false), 1500);
      }}
      className={buttonClass}
    >
      {copied ? "Copied" : label}
    </button>
  );
}
