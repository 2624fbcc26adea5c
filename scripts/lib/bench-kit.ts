// Shared by the HTTP benchmarks (bench-pipeline, bench-api): percentiles, a
// cookie-jar sign-in against the production build, and unique copies of the
// dev set's resumes uploaded through the real upload route.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A byte-level unique copy that still parses the same: a trailing comment (PDF), an extra part (DOCX), a last line (TXT). */
export function uniqueCopy(bytes: Uint8Array, name: string, copy: number): Uint8Array {
  const tag = `bench-copy-${copy}-${randomBytes(4).toString("hex")}`;
  if (name.endsWith(".pdf")) return new Uint8Array([...bytes, ...strToU8(`\n% ${tag}\n`)]);
  if (name.endsWith(".docx")) {
    const entries = unzipSync(bytes);
    entries[`customXml/${tag}.xml`] = strToU8(`<?xml version="1.0"?><bench>${tag}</bench>`);
    return zipSync(entries);
  }
  return new Uint8Array([...bytes, ...strToU8(`\n\nReference: ${tag}\n`)]);
}

/** N uploads cycling the resumes in `resumeDir`, copies made unique so none is a duplicate. */
export async function benchUploads(resumeDir: string, n: number): Promise<{ name: string; bytes: Uint8Array }[]> {
  const sources = readdirSync(resumeDir)
    .filter((name) => /\.(pdf|docx|txt)$/i.test(name))
    .sort();
  if (sources.length === 0) throw new Error(`no resumes in ${resumeDir}`);
  const originals = await Promise.all(
    sources.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(resumeDir, name))) })),
  );
  return Array.from({ length: n }, (_, i) => {
    const source = originals[i % originals.length] as { name: string; bytes: Uint8Array };
    const copy = Math.floor(i / originals.length);
    return {
      name: copy === 0 ? source.name : source.name.replace(/(\.\w+)$/, `-copy${copy}$1`),
      bytes: copy === 0 ? source.bytes : uniqueCopy(source.bytes, source.name, copy),
    };
  });
}

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export async function signIn(url: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${url}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/` }),
  });
  jar.store(response);
  if (!jar.header().includes("session-token"))
    throw new Error(`sign-in failed (${response.status} ${response.headers.get("location") ?? ""})`);
  return jar;
}

export type EvaluationCounts = { byStatus: { queued: number; processing: number; completed: number; failed: number } };

/** Polls the job's counts until nothing is queued or processing. */
export async function waitForEvaluations(url: string, jobId: string, headers: Record<string, string>, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/api/v1/jobs/${jobId}/counts`, { headers });
    const { counts } = (await response.json()) as { counts: EvaluationCounts };
    if (counts.byStatus.queued + counts.byStatus.processing === 0) return counts;
    if (Date.now() > deadline) throw new Error(`evaluations still open after ${timeoutMs / 60_000} minutes: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
