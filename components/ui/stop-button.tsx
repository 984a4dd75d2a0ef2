import type { ButtonHTMLAttributes, ReactNode } from "react";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field-styles";

/**
 * The one way to stop what runs (a run, a replay, a grid): a square glyph, then its label.
 * `compact` sits among the small buttons of a column or a toolbar; `children` follow the label
 * (a key hint).
 */
export function StopButton({
  onStop,
  label = "Stop",
  compact = false,
  children,
  ...rest
}: {
  onStop: () => void;
  label?: string;
  compact?: boolean;
  children?: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "type" | "className" | "children">) {
  return (
    <button
      type="button"
      onClick={() => onStop()}
      className={compact ? buttonClass : secondaryButtonClass}
      {...rest}
    >
      <span
        aria-hidden="true"
        className={`${compact ? "size-2" : "size-2.5"} rounded-[2px] bg-current`}
      />
      {label}
      {children}
    </button>
  );
}
