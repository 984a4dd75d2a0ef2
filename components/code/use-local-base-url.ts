"use client";

import { useEffect, useState } from "react";

/** This playground's own proxy, as the code panel's "send through the playground" target. */
export function useLocalBaseUrl(): string {
  const [url, setUrl] = useState("http://localhost:3000/api/anthropic");
  useEffect(() => setUrl(`${window.location.origin}/api/anthropic`), []);
  return url;
}
