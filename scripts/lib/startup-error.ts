/** A problem that stops start-up, reported as one line of what is wrong and one of how to fix it. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

export function reportStartupFailure(error: unknown): never {
  if (error instanceof StartupError) {
    console.error(`\n✖ ${error.message}\n  → ${error.fix}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\n✖ Start-up failed: ${message.split("\n")[0]}\n`);
  }
  process.exit(1);
}
