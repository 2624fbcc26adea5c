import "server-only";
import type { BackgroundEvent } from "../events";
import { sendBackgroundEvents } from "../provider";

/**
 * What a job handler may do besides plain code, so a provider can make it
 * durable: Inngest runs each named unit in step.run / step.sendEvent (memoized:
 * a retried run continues after the last finished unit; ids must not change
 * between runs); locally a unit just runs.
 */
export type JobIo = {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sendEvents(id: string, events: BackgroundEvent[]): Promise<void>;
};

/** Runs a job handler in this process, sending its events through the registered provider. */
export const localJobIo: JobIo = {
  run: (_id, fn) => fn(),
  sendEvents: async (_id, events) => {
    await sendBackgroundEvents(events);
  },
};
