import type { Comparison } from "@/lib/compare/compare";

/** Which workspace sits beside the request editor: one answer, a comparison, or the test cases. */
export type WorkspaceView = "answer" | "compare" | "test-cases";

/**
 * The open workspace and the comparison it may show, as one value: "compare" never stands
 * without a comparison. The test cases run on the comparison's columns when there is one, so
 * closing them goes back to the comparison. (The presenter is an overlay over any of these.)
 */
export interface WorkspaceState {
  view: WorkspaceView;
  comparison: Comparison | null;
}

export type WorkspaceAction =
  | { type: "comparison"; comparison: Comparison | null }
  | { type: "test-cases"; open: boolean };

export function initialWorkspace(comparison: Comparison | null): WorkspaceState {
  return { view: comparison ? "compare" : "answer", comparison };
}

const back = (comparison: Comparison | null): WorkspaceView => (comparison ? "compare" : "answer");

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  if (action.type === "comparison") {
    const { comparison } = action;
    return { comparison, view: state.view === "test-cases" ? "test-cases" : back(comparison) };
  }
  return { ...state, view: action.open ? "test-cases" : back(state.comparison) };
}
