import { headers } from "next/headers";
import { Playground } from "@/components/shell/playground";
import { pageAccess } from "@/lib/auth/page-access";
import { serverConfig } from "@/lib/config/server-config";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { usesServerKey, gate } = await pageAccess(await headers(), serverConfig());
  return <Playground usesServerKey={usesServerKey} serverKeyGate={gate} />;
}
