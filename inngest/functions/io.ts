import type { JobIo } from "@/lib/server/background/jobs/job-io";

/** The part of Inngest's `step` a job handler uses. */
type Step = {
  run: (id: string, fn: () => Promise<unknown>) => Promise<unknown>;
  sendEvent: (id: string, events: { id?: string; name: string; data: Record<string, unknown> }[]) => Promise<unknown>;
};

/** A job's named units as Inngest steps: memoized, so a retried run continues after the last finished one. */
export function stepIo(step: Step): JobIo {
  return {
    // Units return plain JSON (ids, counts, ISO dates), so the memoized value has the same shape.
    run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
    sendEvents: async (id, events) => {
      await step.sendEvent(id, events);
    },
  };
}
