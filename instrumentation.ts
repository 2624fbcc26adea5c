// Runs once when a Next.js server process starts. In the default single-machine
// mode (no Inngest server configured) this process also runs the inline
// evaluation runner; with Inngest, the Inngest server drives app/api/inngest.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The Inngest client registers itself as the provider dispatch sends events through (used in Inngest mode only).
  await import("./inngest/client");
  const { startServerBackgroundWork } = await import("./lib/server/runner/start-server-background-work");
  await startServerBackgroundWork();
}
