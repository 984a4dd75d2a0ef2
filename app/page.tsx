import { headers } from "next/headers";
import { Playground } from "@/components/playground/playground";
import { serverConfig } from "@/lib/proxy/config";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { serverMode, gate } = await pageAccess(await headers(), serverConfig());
  return <Playground serverMode={serverMode} serverKeyGate={gate} />;
}
