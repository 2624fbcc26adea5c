// The runbook's post-deploy check, through the public HTTP API only: health,
// sign-in, a throwaway job, one small resume, its evaluation, the shortlist, then
// removal of what it created. Stops at the first failing step.
import { randomBytes } from "node:crypto";

export type SmokeAuth = { kind: "password"; email: string; password: string } | { kind: "api-key"; apiKey: string };
export type SmokeStep = { name: string; ms: number; ok: boolean; detail: string };
export type SmokeResult = { ok: boolean; steps: SmokeStep[]; requestIds: string[] };

export class SmokeFailure extends Error {}

const JOB_TEXT = `Smoke-check Backend Engineer
Minimum qualifications
- 3+ years of experience with TypeScript and Node.js
- PostgreSQL and SQL
Preferred qualifications
- Docker
`;

function resumeText(nonce: string): string {
  // No real person: a fixed synthetic profile plus a nonce so the file is new (never a reused candidate).
  return `Smoke Check Candidate
Backend engineer

Experience
Backend Engineer, Example Systems — 2019 – 2025
- Built Node.js and TypeScript services on PostgreSQL
- Packaged services with Docker

Skills
TypeScript, Node.js, PostgreSQL, SQL, Docker

Reference ${nonce}
`;
}

class Client {
  private cookies = new Map<string, string>();
  private authorization: string | null = null;
  readonly requestIds: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  setApiKey(key: string): void {
    this.authorization = `Bearer ${key}`;
  }

  async request(
    method: string,
    path: string,
    options: { json?: unknown; body?: BodyInit; contentType?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { "x-request-id": `smoke-${randomBytes(6).toString("hex")}` };
    this.requestIds.push(headers["x-request-id"] ?? "");
    if (this.authorization) headers.authorization = this.authorization;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    let body: BodyInit | undefined = options.body;
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(options.form).toString();
    } else if (options.contentType) headers["content-type"] = options.contentType;
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (pair && index > 0) this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
    return response;
  }

  async json<T>(method: string, path: string, expectStatus: number, options: Parameters<Client["request"]>[2] = {}): Promise<T> {
    const response = await this.request(method, path, options);
    const text = await response.text();
    if (response.status !== expectStatus)
      throw new SmokeFailure(`${method} ${path} → ${response.status} (expected ${expectStatus}): ${text.slice(0, 300)}`);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new SmokeFailure(`${method} ${path} → not JSON: ${text.slice(0, 200)}`);
    }
  }
}

export async function runSmoke(options: {
  baseUrl: string;
  auth: SmokeAuth;
  /** How long the evaluation may take (the runbook's SLO is 2 minutes). */
  evaluationTimeoutMs?: number;
  requestTimeoutMs?: number;
  log?: (step: SmokeStep) => void;
}): Promise<SmokeResult> {
  const client = new Client(options.baseUrl.replace(/\/+$/, ""), options.requestTimeoutMs ?? 30_000);
  const steps: SmokeStep[] = [];
  const created: { jobId?: string; resumeId?: string; erasable?: boolean } = {};

  async function step(name: string, fn: () => Promise<string>): Promise<void> {
    const started = performance.now();
    try {
      const detail = await fn();
      const done = { name, ms: Math.round(performance.now() - started), ok: true, detail };
      steps.push(done);
      options.log?.(done);
    } catch (error) {
      const failed = {
        name,
        ms: Math.round(performance.now() - started),
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      };
      steps.push(failed);
      options.log?.(failed);
      throw new SmokeFailure(failed.detail);
    }
  }

  let evaluationId = "";
  let failure: unknown = null;
  try {
    await step("health", async () => {
      const report = await client.json<{ status?: string }>("GET", "/api/health", 200);
      if (report.status !== "healthy") throw new SmokeFailure(`health reports ${JSON.stringify(report).slice(0, 200)}`);
      return "healthy";
    });

    await step("sign-in", async () => {
      if (options.auth.kind === "api-key") {
        client.setApiKey(options.auth.apiKey);
      } else {
        const { csrfToken } = await client.json<{ csrfToken: string }>("GET", "/api/auth/csrf", 200);
        const response = await client.request("POST", "/api/auth/callback/credentials", {
          form: { csrfToken, email: options.auth.email, password: options.auth.password, callbackUrl: "/" },
        });
        await response.arrayBuffer();
        const location = response.headers.get("location") ?? "";
        if (response.status >= 400 || location.includes("error="))
          throw new SmokeFailure(
            `sign-in rejected (${response.status} ${location.replace(/\?.*/, "")}${location.includes("error=") ? ": wrong email or password, or throttled" : ""})`,
          );
        const session = await client.json<{ user?: { role?: string } } | null>("GET", "/api/auth/session", 200);
        if (!session?.user) throw new SmokeFailure("no session after sign-in");
      }
      await client.json("GET", "/api/v1/jobs?limit=1", 200);
      return options.auth.kind === "api-key" ? "API key accepted" : "session established";
    });

    await step("create job", async () => {
      const { job } = await client.json<{ job: { id: string } }>("POST", "/api/v1/jobs", 201, {
        json: { title: `Smoke check ${new Date().toISOString()}`, text: JOB_TEXT },
      });
      created.jobId = job.id;
      return `job ${job.id}`;
    });

    await step("upload resume", async () => {
      const nonce = randomBytes(8).toString("hex");
      const result = await client.json<{
        files: { status: string; resumeId?: string; evaluationId?: string; reusedResume?: boolean; error?: { message: string } }[];
      }>("POST", `/api/v1/jobs/${created.jobId}/resumes?name=smoke-check-${nonce}.txt`, 201, {
        body: resumeText(nonce),
        contentType: "application/octet-stream",
      });
      const file = result.files[0];
      if (file?.status !== "queued" || !file.resumeId || !file.evaluationId)
        throw new SmokeFailure(`upload not queued: ${JSON.stringify(file).slice(0, 300)}`);
      created.resumeId = file.resumeId;
      // A reused resume belongs to someone else's data: never erase it.
      created.erasable = file.reusedResume === false;
      evaluationId = file.evaluationId;
      return `resume ${file.resumeId}, evaluation ${file.evaluationId}`;
    });

    await step("wait for evaluation", async () => {
      const deadline = Date.now() + (options.evaluationTimeoutMs ?? 120_000);
      let last = "";
      while (Date.now() < deadline) {
        const { evaluation } = await client.json<{
          evaluation: { status: string; score: number | null; verdict: string | null; errorCode?: string | null };
        }>("GET", `/api/v1/evaluations/${evaluationId}`, 200);
        last = evaluation.status;
        if (evaluation.status === "completed") return `score ${evaluation.score} (${evaluation.verdict})`;
        if (evaluation.status === "failed") throw new SmokeFailure(`evaluation failed (${evaluation.errorCode ?? "no code"})`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new SmokeFailure(`evaluation still ${last} after ${(options.evaluationTimeoutMs ?? 120_000) / 1000} s`);
    });

    await step("read shortlist", async () => {
      const page = await client.json<{ items: { evaluationId: string }[]; total: number }>(
        "GET",
        `/api/v1/jobs/${created.jobId}/evaluations`,
        200,
      );
      if (!page.items.some((item) => item.evaluationId === evaluationId))
        throw new SmokeFailure(`the shortlist (${page.total} row(s)) lacks the evaluation`);
      return `${page.total} row(s)`;
    });
  } catch (error) {
    failure = error;
  }
  // Remove what was created, also after a failure; the first failure stays the result.
  try {
    if (created.resumeId && created.erasable) {
      await step("erase resume", async () => {
        await client.json("DELETE", `/api/v1/resumes/${created.resumeId}`, 200);
        return `resume ${created.resumeId} erased`;
      });
    }
    if (created.jobId) {
      // The API has no job deletion (jobs are kept for the audit trail): close it instead.
      await step("close job", async () => {
        await client.json("PATCH", `/api/v1/jobs/${created.jobId}`, 200, { json: { status: "closed" } });
        return `job ${created.jobId} closed (no delete route)`;
      });
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure) throw failure;
  return { ok: steps.every((s) => s.ok), steps, requestIds: client.requestIds };
}
