import { describe, expect, it } from "vitest";
import type { Comparison } from "@/lib/compare/compare";
import { initialWorkspace, workspaceReducer } from "./workspace-view";

const comparison = { columns: [] } as unknown as Comparison;

describe("workspaceReducer", () => {
  it("opens on the comparison a link carried, else on the answer", () => {
    expect(initialWorkspace(comparison)).toEqual({ view: "compare", comparison });
    expect(initialWorkspace(null)).toEqual({ view: "answer", comparison: null });
  });

  it("starting a comparison shows it; ending it goes back to the answer", () => {
    const started = workspaceReducer(initialWorkspace(null), { type: "comparison", comparison });
    expect(started).toEqual({ view: "compare", comparison });
    expect(workspaceReducer(started, { type: "comparison", comparison: null })).toEqual({
      view: "answer",
      comparison: null,
    });
  });

  it("closing the test cases goes back to the comparison they ran on, if any", () => {
    const open = workspaceReducer(initialWorkspace(comparison), { type: "test-cases", open: true });
    expect(open.view).toBe("test-cases");
    expect(workspaceReducer(open, { type: "test-cases", open: false }).view).toBe("compare");
    const plain = workspaceReducer(initialWorkspace(null), { type: "test-cases", open: true });
    expect(workspaceReducer(plain, { type: "test-cases", open: false }).view).toBe("answer");
  });

  it("a comparison changed or ended while the test cases are open keeps them open", () => {
    const open = workspaceReducer(initialWorkspace(null), { type: "test-cases", open: true });
    const withColumns = workspaceReducer(open, { type: "comparison", comparison });
    expect(withColumns).toEqual({ view: "test-cases", comparison });
    expect(workspaceReducer(withColumns, { type: "comparison", comparison: null }).view).toBe(
      "test-cases",
    );
  });

  it("never shows the comparison view without a comparison", () => {
    let state = initialWorkspace(comparison);
    for (const action of [
      { type: "test-cases", open: true },
      { type: "comparison", comparison: null },
      { type: "test-cases", open: false },
    ] as const) {
      state = workspaceReducer(state, action);
      expect(state.view === "compare" && state.comparison === null).toBe(false);
    }
    expect(state.view).toBe("answer");
  });
});
