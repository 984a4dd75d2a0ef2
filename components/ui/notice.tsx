import type { HTMLAttributes } from "react";

export type NoticeTone = "warn" | "danger" | "info";

/** The tone's colour tokens (app/globals.css): the same pairs in both themes, checked by axe. */
const TONE: Record<NoticeTone, string> = {
  warn: "border-warn-border bg-warn-surface text-warn-strong",
  danger: "border-danger-border bg-danger-surface text-danger-strong",
  info: "border-info-border bg-info-surface text-info-strong",
};

/** A box within the content, or a banner across the page under the top bar. */
const SHAPE = { box: "rounded-md border", banner: "border-b px-4 py-1.5" } as const;
/** A box's padding: "md" for a notice with a heading and details. */
const BOX_PADDING = { sm: "px-2.5 py-1.5", md: "p-3" } as const;

export interface NoticeProps extends Omit<HTMLAttributes<HTMLElement>, "role"> {
  tone: NoticeTone;
  /** "alert" for what went wrong just now, "status" for news, "note" for an aside; else none. */
  role?: "alert" | "status" | "note";
  shape?: keyof typeof SHAPE;
  /** A box's padding; a banner has one. */
  size?: keyof typeof BOX_PADDING;
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
  const padding = shape === "box" ? BOX_PADDING[size] : undefined;
  const classes = [SHAPE[shape], padding, TONE[tone], className].filter(Boolean).join(" ");
  return <Element {...rest} className={classes} />;
}
