import { serverMode } from "@/lib/proxy/config";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const mode = serverMode();
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">ZenMux Playground</h1>
      <p data-testid="server-mode">
        {mode === "demo"
          ? "Demo mode: answers come from the built-in emulator."
          : "Connected to ZenMux with the server's key."}
      </p>
    </main>
  );
}
