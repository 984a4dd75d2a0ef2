import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { THEME_INIT_SCRIPT } from "@/lib/playground/theme";
import { NONCE_HEADER } from "@/lib/server/security-headers";
import "./globals.css";

export const metadata: Metadata = {
  title: "ZenMux Playground",
  description: "Compose, run and share requests to ZenMux's Anthropic-compatible Messages API.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts makes a nonce per request; the page's CSP runs only scripts that carry it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of ours, not user input; it must run before paint so a dark page never flashes light. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="bg-surface text-fg antialiased">{children}</body>
    </html>
  );
}
