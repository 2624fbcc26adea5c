// Helpers for the security suite: real users, real Auth.js session cookies
// (encoded with the app's secret, decoded by the app), real API keys, and the
// exported route handlers called with NextRequest — no auth layer is mocked.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Role } from "@/lib/schemas/auth";
import type { ApiKeyScope } from "@/lib/schemas/api-keys";
import { createApiKey } from "@/lib/server/api-keys/manage-api-keys";
import type { SessionUser } from "@/lib/server/auth/session";
import type { RequestActor } from "@/lib/server/request-actor";

export type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "PUT" | "DELETE", Handler>>;

export const BASE_URL = "http://localhost:3000";

export async function createUser(role: Role, label: string = role): Promise<SessionUser> {
  const suffix = randomBytes(4).toString("hex");
  const user = await getDb().user.create({
    data: { email: `${label}-${suffix}@security.test`, name: `${label} ${suffix}`, role, passwordHash: "not-a-real-hash" },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

/** An Auth.js session cookie for the user, as the sign-in flow would set it (with the user's current session version). */
export async function sessionCookie(user: SessionUser): Promise<string> {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set for the integration suite");
  const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const token = await encode({
    token: { sub: user.id, role: user.role, email: user.email, name: user.name, sessionVersion },
    secret,
    salt: "authjs.session-token",
    maxAge: 3600,
  });
  return `authjs.session-token=${token}`;
}

export function actorFor(user: SessionUser): RequestActor {
  return { user, apiKey: null, ip: "127.0.0.1", requestId: "test" };
}

export async function createKey(
  user: SessionUser,
  scopes: ApiKeyScope[],
  options: { expiresInDays?: number } = {},
): Promise<{ id: string; secret: string }> {
  const created = await createApiKey({
    db: getDb(),
    actor: actorFor(user),
    body: { name: `test ${scopes.join("+")}`, scopes, expiresInDays: options.expiresInDays },
  });
  return { id: created.apiKey.id, secret: created.secret };
}

export type CallOptions = {
  method: string;
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  json?: unknown;
  body?: BodyInit;
};

export async function call(handler: Handler, options: CallOptions): Promise<Response> {
  const url = new URL(options.path, BASE_URL);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers(options.headers);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set("content-type", "application/json");
  }
  const request = new NextRequest(url, { method: options.method, headers, body });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

/** A completed evaluation as the runner would leave it (score, verdict, breakdown), so decisions and shortlist filters have data. */
export async function completeEvaluation(evaluationId: string, score: number): Promise<void> {
  const verdict = score >= 70 ? "high" : score >= 45 ? "medium" : "low";
  await getDb().evaluation.update({
    where: { id: evaluationId },
    data: {
      status: "completed",
      score,
      verdict,
      completedAt: new Date(),
      breakdown: {
        score,
        verdict,
        matchedMustHave: [{ id: "python", name: "Python" }],
        missingMustHave: [{ id: "apache-spark", name: "Apache Spark" }],
        facts: { relevantYears: 3, totalYears: 4 },
      },
    },
  });
}
