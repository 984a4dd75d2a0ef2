/**
 * The resizable panes (react-resizable-panels) come with the initial request, after the first
 * paint, not with the page: the playground loads them beside the request and mounts both at once,
 * so no frame shows the page without its panes. That is why this is a loader, not a lazyView.
 */
export const loadPaneLayout = () => import("@/components/shell/pane-layout");

export type PaneLayoutComponent = Awaited<ReturnType<typeof loadPaneLayout>>["PaneLayout"];
