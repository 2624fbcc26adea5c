import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ApiRoute } from "@/lib/schemas/api-v1-routes";
import type { RequestActor } from "@/lib/server/request-actor";
import { assertValidText } from "@/lib/valid-text";
import { type RouteContext, withAuth, withPublic } from "./route-handler";

type InferOr<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export type V1Context<R extends ApiRoute> = {
  request: NextRequest;
  requestId: string;
  actor: RequestActor;
  params: InferOr<R["params"]>;
  query: InferOr<R["query"]>;
};

/** JSON bodies larger than this are refused with 413 before they are read (a job description is the largest: 100k characters). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

function parseInputs<R extends ApiRoute>(
  route: R,
  request: NextRequest,
  rawParams: unknown,
): { params: InferOr<R["params"]>; query: InferOr<R["query"]> } {
  assertValidText(rawParams, "path");
  assertValidText(Object.fromEntries(request.nextUrl.searchParams), "query");
  const params = (route.params ? route.params.parse(rawParams) : {}) as InferOr<R["params"]>;
  const query = (route.query ? route.query.parse(Object.fromEntries(request.nextUrl.searchParams)) : {}) as InferOr<R["query"]>;
  return { params, query };
}

/**
 * A /api/v1 handler: access rule, path and query schemas come from the route
 * registry entry, so the handler, the OpenAPI document and the authorization
 * tests cannot disagree.
 */
export function v1Route<R extends ApiRoute>(route: R, handler: (context: V1Context<R>) => Promise<Response>) {
  const access = route.access;
  if (access.kind !== "authenticated") throw new Error(`${route.operationId} is public: use v1PublicRoute`);
  return withAuth<Record<string, string>>(
    async ({ request, params, requestId, actor }) => handler({ request, requestId, actor, ...parseInputs(route, request, params) }),
    { roles: access.roles, scopes: access.scopes },
  );
}

export function v1PublicRoute<R extends ApiRoute>(route: R, handler: (context: Omit<V1Context<R>, "actor">) => Promise<Response>) {
  if (route.access.kind !== "public") throw new Error(`${route.operationId} is not public: use v1Route`);
  return withPublic<Record<string, string>>(async ({ request, params, requestId }) =>
    handler({ request, requestId, ...parseInputs(route, request, params) }),
  );
}

export type { RouteContext };

/** Reads a JSON body: 413 above the limit, 400 when it is not JSON; then the schema decides. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is too large (limit ${Math.round(maxBytes / 1024)} KB).`);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw tooLarge();
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  assertValidText(body, "body");
  return body;
}
