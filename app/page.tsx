import { headers } from "next/headers";
import { Playground } from "@/components/shell/playground";
import { pageAccess } from "@/lib/auth/page-access";
import { serverConfig } from "@/lib/config/server-config";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { serverMode, gate } = await pageAccess(await headers(), serverConfig());
  return <Playground serverMode={serverMode} serverKeyGate={gate} />;
}
