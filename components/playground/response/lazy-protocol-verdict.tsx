"use client";
import dynamic from "next/dynamic";

/** The protocol verdict and its checker load with the first ended stream, not with the page. */
export const LazyProtocolVerdict = dynamic(
  () => import("@/components/playground/response/protocol-verdict").then((m) => m.ProtocolVerdict),
  { ssr: false },
);
