export async function register(): Promise<void> {
  // The check reads process.env and may exit: only meaningful in the Node.js server runtime.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStartup } = await import("./lib/config/startup-check");
    const { installRequestIntake } = await import("./lib/server/request-intake");
    installRequestIntake();
    await checkConfigAtStartup();
  }
}
