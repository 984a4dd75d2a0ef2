/**
 * Every key this app keeps in the browser's web storage, in one place, so that no two features
 * ever write under the same name. The strings are what users' browsers already hold: changing
 * one loses what was saved under it.
 */
export const STORAGE_KEYS = {
  /** local: the request last edited, large attachments named by their key in DATABASE_NAMES.draftMedia. */
  draft: "zenmux-playground:draft",
  /** local: the theme choice, "light" or "dark" (absent for "system"). */
  theme: "zenmux-playground:theme",
  /** local: the ids of the last models chosen, newest first, as a JSON array. */
  recentModels: "zenmux-playground:recent-models",
  /** session by default, local when "Remember on this device" is on: the user's own ZenMux key. */
  userKey: "zenmux-playground:user-key",
  /** local: whether the code pane is shown, "open" or "closed". */
  codeOpen: "zenmux-playground:code-open",
  /**
   * local: the prefix of each set of panes' id; react-resizable-panels keeps that set's sizes
   * under `react-resizable-panels:<this prefix><set id>:<pane ids>`.
   */
  paneLayoutPrefix: "zenmux-playground:",
} as const;

/** The IndexedDB databases this app opens. */
export const DATABASE_NAMES = {
  /** The history: its entries and each run's recording. */
  history: "zenmux-playground",
  /** The draft's large attachments, by content key. */
  draftMedia: "zenmux-playground-draft",
} as const;
