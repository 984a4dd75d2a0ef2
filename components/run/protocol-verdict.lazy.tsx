"use client";
import dynamic from "next/dynamic";

/** The protocol verdict and its checker load with the first ended stream, not with the page. */
export const LazyProtocolVerdict = dynamic(
  () => import("@/components/run/protocol-verdict").then((m) => m.ProtocolVerdict),
  {
    ssr: false,
    // Busy until the code arrives, so nobody (reader or test) takes the view for one without it.
    loading: () => (
      <p aria-busy="true" className="sr-only">
        Checking the stream against the protocol…
      </p>
    ),
  },
);
