import type { HTMLAttributes } from "react";

export type NoticeTone = "warn" | "danger" | "info";

/** The tone's colour tokens (app/globals.css): the same pairs in both themes, checked by axe. */
const TONE: Record<NoticeTone, string> = {
  warn: "border-warn-border bg-warn-surface text-warn-strong",
  danger: "border-danger-border bg-danger-surface text-danger-strong",
  info: "border-info-border bg-info-surface text-info-strong",
};

/** A box within the content, or a banner across the page under the top bar. */
const SHAPE = {
  box: { sm: "rounded-md border px-2.5 py-1.5", md: "rounded-md border p-3" },
  banner: { sm: "border-b px-4 py-1.5", md: "border-b px-4 py-2.5" },
} as const;

export interface NoticeProps extends Omit<HTMLAttributes<HTMLElement>, "role"> {
  tone: NoticeTone;
  /** "alert" for what went wrong just now, "status" for news, "note" for an aside; else none. */
  role?: "alert" | "status" | "note";
  shape?: keyof typeof SHAPE;
  /** "md" gives the roomier padding of a notice with a heading and details. */
  size?: "sm" | "md";
  as?: "div" | "p" | "section" | "li";
  /** Layout, spacing and text size; the colours, border and padding are the notice's own. */
  className?: string;
}

/** A warning, an error or a piece of news: one look for every notice on the page. */
export function Notice({
  tone,
  shape = "box",
  size = "sm",
  as: Element = "div",
  className,
  ...rest
}: NoticeProps) {
  const classes = [SHAPE[shape][size], TONE[tone], className].filter(Boolean).join(" ");
  return <Element {...rest} className={classes} />;
}
