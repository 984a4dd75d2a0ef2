import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { pageOrigin } from "@/lib/auth/page-origin";
import { serverConfig } from "@/lib/config/server-config";
import { NONCE_HEADER } from "@/lib/server/security-headers";
import { THEME_INIT_SCRIPT } from "@/lib/theme/theme";
import "./globals.css";

const TITLE = "ZenMux Playground";
const DESCRIPTION =
  "Compose, run and share requests to ZenMux's Anthropic-compatible Messages API: pick a model, watch the answer stream, copy the request as cURL, Python or TypeScript.";

// The icons and the preview card come from files beside this one (icon.svg, favicon.ico,
// opengraph-image.png); the origin makes their URLs absolute, as link previews need.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: pageOrigin(await headers(), serverConfig().TRUST_PROXY),
    title: TITLE,
    description: DESCRIPTION,
    applicationName: TITLE,
    openGraph: { type: "website", siteName: TITLE, title: TITLE, description: DESCRIPTION },
    twitter: { card: "summary_large_image", title: TITLE, description: DESCRIPTION },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts makes a nonce per request; the page's CSP runs only scripts that carry it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html
      lang="en"
      suppressHydrationWarning
      className={`${GeistSans.variable} ${GeistMono.variable}`}
    >
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of ours, not user input; it must run before paint so a dark page never flashes light. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="bg-surface text-fg antialiased">{children}</body>
    </html>
  );
}
