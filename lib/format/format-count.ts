// One format for all: `toLocaleString` builds a new one on every call.
const COUNT = new Intl.NumberFormat("en-US");

/** `12345` → `12,345`: token counts as the page shows them. */
export const formatCount = (value: number) => COUNT.format(value);
