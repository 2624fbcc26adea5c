import "server-only";
import type { BackgroundEvent } from "./events";

// A provider carries background work to where it runs. The inline runner needs
// no events (it reads queued rows itself; dispatch only wakes it). Inngest needs
// one event per evaluation or re-score: its provider (inngest/provider.ts) is
// registered when the server starts in Inngest mode and when the Inngest
// endpoint or a script loads it, so lib/server never imports the Inngest SDK.

export type BackgroundProvider = {
  readonly name: string;
  /** Resolves once the provider accepted the events; rejects when it is unreachable. */
  send(events: BackgroundEvent[]): Promise<unknown>;
};

const globalForProvider = globalThis as unknown as { __resumeCheckerBackgroundProvider?: BackgroundProvider };

export function registerBackgroundProvider(provider: BackgroundProvider): void {
  globalForProvider.__resumeCheckerBackgroundProvider = provider;
}

/** Sends through the registered provider; rejects (the caller logs it, the sweep re-sends) when none is registered. */
export async function sendBackgroundEvents(events: BackgroundEvent[]): Promise<unknown> {
  const provider = globalForProvider.__resumeCheckerBackgroundProvider;
  if (!provider) throw new Error("no background event provider is registered (Inngest mode registers it at server start)");
  return provider.send(events);
}
