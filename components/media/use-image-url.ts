"use client";

import { useEffect, useState } from "react";
import { base64ToBlob } from "../../lib/media/read-image";

/**
 * An object URL for base64 image data, made once per image: a data URL of a large image would be
 * rebuilt and compared on every render, and copied into the DOM.
 */
export function useImageUrl(mediaType: string, data: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const next = URL.createObjectURL(base64ToBlob(data, mediaType));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [mediaType, data]);
  return url;
}
