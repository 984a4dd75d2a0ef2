import type { Metadata } from "next";
import { headers } from "next/headers";
import { SignInForm } from "@/components/keys/sign-in-form";
import { hasSession } from "@/lib/auth/session";
import { serverConfig } from "@/lib/config/server-config";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in · ZenMux Playground" };

export default async function SignInPage() {
  const config = serverConfig();
  const signedIn = await hasSession(await headers(), config);
  return (
    <main className="grid min-h-dvh place-items-center p-6">
      <SignInForm enabled={config.PLAYGROUND_PASSWORD !== undefined} signedIn={signedIn} />
    </main>
  );
}
