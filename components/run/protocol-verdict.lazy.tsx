"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** The protocol verdict and its checker load with the first ended stream, not with the page. */
export const ProtocolVerdict = lazyView(
  () => import("@/components/run/protocol-verdict"),
  (m) => m.ProtocolVerdict,
  {
    // Busy until the code arrives, so nobody (reader or test) takes the view for one without it.
    fallback: () => (
      <p aria-busy="true" className="sr-only">
        Checking the stream against the protocol…
      </p>
    ),
  },
);
