"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { buttonClass, inputClass, labelClass } from "@/components/ui/field-styles";

/**
 * A list of short strings as removable chips, with a text box to add more. `onAdd` returns an
 * error to show (and keeps the typed text), or null once added.
 */
export function ChipInput({
  label,
  itemName,
  values,
  onAdd,
  onRemove,
  suggestions,
  placeholder,
  describedBy,
}: {
  label: string;
  /** Names the chips' remove buttons: "Remove {itemName} X". */
  itemName: string;
  values: readonly string[];
  onAdd: (value: string) => string | null;
  onRemove: (index: number) => void;
  suggestions?: readonly string[];
  placeholder?: string;
  describedBy?: string;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const listId = useId();
  const errorId = useId();

  const add = () => {
    if (!text.trim() && !text) return;
    const problem = onAdd(text);
    setError(problem);
    if (!problem) setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  const describers = [describedBy, error ? errorId : undefined].filter(Boolean).join(" ");

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className={labelClass}>
        {label}
      </label>
      {values.length > 0 && (
        <ul aria-label={label} className="flex flex-wrap gap-1">
          {values.map((value, i) => (
            <li
              key={value}
              className="inline-flex items-center gap-1 rounded bg-surface-muted py-0.5 pr-0.5 pl-1.5 font-mono text-xs text-fg-soft"
            >
              <span className="max-w-56 truncate">{JSON.stringify(value).slice(1, -1)}</span>
              <button
                type="button"
                aria-label={`Remove ${itemName} ${value}`}
                onClick={() => onRemove(i)}
                className="rounded px-1 text-fg-subtle hover:bg-zinc-200 hover:text-fg dark:hover:bg-zinc-700"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-1">
        <input
          id={inputId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          list={suggestions ? listId : undefined}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describers || undefined}
          className={`${inputClass} font-mono text-xs`}
        />
        <button type="button" onClick={add} className={buttonClass} aria-label={`Add ${itemName}`}>
          Add
        </button>
      </div>
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
