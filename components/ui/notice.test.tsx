import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Notice } from "@/components/ui/notice";

describe("Notice", () => {
  it("is a box in its tone's colours, keeping the role, id and name it is given", () => {
    const html = renderToStaticMarkup(
      <Notice tone="danger" role="alert" id="problem" aria-label="Problem" className="text-xs">
        It broke.
      </Notice>,
    );
    expect(html).toBe(
      '<div role="alert" id="problem" aria-label="Problem" class="rounded-md border px-2.5 py-1.5 border-danger-border bg-danger-surface text-danger-strong text-xs">It broke.</div>',
    );
  });

  it("renders as the element asked for, and as a banner across the page", () => {
    const html = renderToStaticMarkup(
      <Notice tone="warn" as="p" shape="banner">
        Careful.
      </Notice>,
    );
    expect(html).toBe(
      '<p class="border-b px-4 py-1.5 border-warn-border bg-warn-surface text-warn-strong">Careful.</p>',
    );
  });
});
