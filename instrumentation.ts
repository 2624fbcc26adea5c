// Runs once when a Next.js server process starts. In the default single-machine
// mode (no Inngest server configured) this process also runs the inline
// evaluation runner; with Inngest, the Inngest server drives app/api/inngest.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerBackgroundWork } = await import("./lib/server/runner/start-server-background-work");
  await startServerBackgroundWork();
}
