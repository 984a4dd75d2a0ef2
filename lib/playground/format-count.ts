/** `12345` → `12,345`: token counts as the page shows them. */
export const formatCount = (value: number) => value.toLocaleString("en-US");
