// Shared set-up of the integration tests that edit a job through its PATCH route and
// re-score it: a recruiter with a session cookie, a throwaway storage folder, the
// PATCH call and one run of the inline runner until an evaluation completes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll } from "vitest";
import { getDb } from "@/lib/db";
import { createInlineRunner } from "@/lib/server/runner/inline-runner";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";

const COOKIE = "authjs.session-token";

type PatchRoute = (request: NextRequest, context: { params: Promise<{ jobId: string }> }) => Promise<Response>;
export type PatchJson = { error?: { code: string; message: string }; job?: { requirementsRevision: number; rescoreNeeded: boolean } };

/** Registers beforeAll/afterAll for one test file; `url` is the route's path with `:jobId`. */
export function jobEditHarness(options: { name: string; patchRoute: PatchRoute; url: string }) {
  const db = getDb();
  const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
  const state = { storageDir: "", storage: null as LocalFileStorage | null, ownerId: "", cookie: "" };

  beforeAll(async () => {
    state.storageDir = await mkdtemp(path.join(tmpdir(), `rc-${options.name}-`));
    state.storage = new LocalFileStorage(state.storageDir);
    const user = await db.user.create({
      data: { email: `${options.name}-${Date.now()}@example.com`, name: options.name, passwordHash: "x", role: "recruiter" },
    });
    state.ownerId = user.id;
    const jwt = await encode({ token: { sub: user.id, role: "recruiter" }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE });
    state.cookie = `${COOKIE}=${jwt}`;
  });

  afterAll(async () => {
    await db.job.deleteMany({ where: { ownerId: state.ownerId } });
    await db.resume.deleteMany({ where: { uploadedById: state.ownerId } });
    await rm(state.storageDir, { recursive: true, force: true });
  });

  const storage = (): LocalFileStorage => {
    if (!state.storage) throw new Error("jobEditHarness: storage is ready only inside tests");
    return state.storage;
  };

  async function patch(jobId: string, body: unknown): Promise<{ status: number; json: PatchJson }> {
    const response = await options.patchRoute(
      new NextRequest(`http://localhost:3000${options.url.replace(":jobId", jobId)}`, {
        method: "PATCH",
        headers: { cookie: state.cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ jobId }) },
    );
    return { status: response.status, json: (await response.json()) as PatchJson };
  }

  async function scoreOnce(evaluationId: string): Promise<void> {
    const runner = createInlineRunner({
      deps: { db, storage: storage(), limits },
      concurrency: 1,
      maxAttempts: 2,
      leaseMs: 5_000,
      pollMs: 20,
      retryBaseMs: 10,
    });
    runner.start();
    const deadline = Date.now() + 45_000;
    try {
      while ((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).status !== "completed") {
        if (Date.now() > deadline) throw new Error("the evaluation did not complete");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await runner.stop();
    }
  }

  return { db, limits, storage, ownerId: () => state.ownerId, patch, scoreOnce };
}
