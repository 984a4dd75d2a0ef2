"use client";
import dynamic from "next/dynamic";

/** The requested-versus-answered model note loads after the first screen, which has no answer yet. */
export const LazyResponseModelNote = dynamic(
  () => import("@/components/run/response-model").then((m) => m.ResponseModelNote),
  { ssr: false },
);
