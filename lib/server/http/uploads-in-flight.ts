import "server-only";

/** How long a stopping process lets uploads in flight finish (reading, storing, queueing). */
export const UPLOAD_DRAIN_MS = 10_000;

type Tracker = { active: number; waiters: Set<() => void> };

// On globalThis: Next.js bundles route handlers and the instrumentation hook separately,
// and both must see the same counter.
const KEY = Symbol.for("resume-checker.uploads-in-flight");
function tracker(): Tracker {
  const holder = globalThis as { [KEY]?: Tracker };
  holder[KEY] ??= { active: 0, waiters: new Set() };
  return holder[KEY];
}

/** Runs one upload request, counted so that shutdown can wait for it. */
export async function trackUpload<T>(work: () => Promise<T>): Promise<T> {
  const state = tracker();
  state.active++;
  try {
    return await work();
  } finally {
    state.active--;
    if (state.active === 0) for (const wake of state.waiters) wake();
  }
}

export function activeUploads(): number {
  return tracker().active;
}

/** Resolves true once no upload is in flight, or false when `timeoutMs` passes first. */
export function waitForUploads(timeoutMs: number): Promise<boolean> {
  const state = tracker();
  if (state.active === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (drained: boolean) => {
      clearTimeout(timer);
      state.waiters.delete(wake);
      resolve(drained);
    };
    const wake = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    state.waiters.add(wake);
  });
}
