import { Playground } from "@/components/playground/playground";
import { serverMode } from "@/lib/proxy/config";

export const dynamic = "force-dynamic";

export default function HomePage() {
  return <Playground serverMode={serverMode()} />;
}
