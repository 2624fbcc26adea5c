import { z } from "zod";
import { API_ROUTE_LIST, type ApiRoute } from "@/lib/schemas/api-v1-routes";
import { errorBodySchema } from "@/lib/schemas/api-v1";

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // Transforms and custom checks have no JSON Schema form: they document as "any" rather than failing the document.
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(schema: z.ZodObject | undefined, location: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const STATUS_TEXT: Record<number, string> = {
  400: "The request is not valid (see `error.message` and `error.details`).",
  401: "No valid session or API key (missing, mistyped, revoked or expired).",
  403: "The role or the key's scopes do not allow this request, or a cross-site browser request.",
  404: "Not found.",
  409: "Conflicts with the current state (e.g. retrying an evaluation that did not fail).",
  413: "Too large or too many files; the message states the limit.",
  415: "Unsupported content or file type.",
  422: "The document could not be read.",
  429: "Rate limited; retry after the `Retry-After` seconds.",
  500: "Unexpected error; quote the request id.",
  507: "The server's storage is full; nothing was saved. Try again later.",
};

function errorResponses(route: ApiRoute): Record<string, JsonSchema> {
  const statuses = new Set([...(route.errors ?? []), 429, 500, ...(route.access.kind === "authenticated" ? [401, 403] : [])]);
  const responses: Record<string, JsonSchema> = {};
  for (const status of [...statuses].sort()) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? "Error.",
      ...(status === 429
        ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds until the window resets." } } }
        : {}),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return responses;
}

function successContent(route: ApiRoute): JsonSchema {
  const { schema, file, contentType } = route.response;
  if (schema) return { content: { "application/json": { schema: toSchema(schema, "output") } } };
  if (contentType) return { content: { [contentType]: { schema: { type: "string" } } } };
  if (!file) return {};
  return {
    headers: {
      "Content-Disposition": { schema: { type: "string" }, description: "`attachment` or `inline`, with the original file name." },
      "X-Content-Type-Options": { schema: { type: "string", const: "nosniff" } },
      "Content-Security-Policy": { schema: { type: "string", const: "default-src 'none'; sandbox" } },
    },
    content: { "*/*": { schema: { type: "string", contentEncoding: "binary", description: file } } },
  };
}

function operationOf(route: ApiRoute): JsonSchema {
  const access = route.access;
  const content: Record<string, JsonSchema> = {};
  if (route.body?.json) content["application/json"] = { schema: toSchema(route.body.json, "input") };
  if (route.body?.multipart) content["multipart/form-data"] = { schema: toSchema(route.body.multipart, "input") };
  if (route.body?.raw)
    content["application/octet-stream"] = { schema: { type: "string", contentEncoding: "binary", description: route.body.raw } };
  const accessText =
    access.kind === "public"
      ? "Public: no authentication (rate limited per IP)."
      : `Roles: ${access.roles.join(", ")}. API key scope: ${access.scopes.join(", ")}.`;
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, accessText].filter(Boolean).join("\n\n"),
    ...(access.kind === "public"
      ? { security: [] }
      : { security: [{ apiKey: [] }, { session: [] }], "x-roles": access.roles, "x-scopes": access.scopes }),
    parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
    ...(Object.keys(content).length > 0 ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(route.response.status)]: {
        description: route.response.description,
        ...successContent(route),
      },
      ...errorResponses(route),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the route registry and its zod schemas. */
export function buildOpenApiDocument(options: { serverUrl?: string } = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of API_ROUTE_LIST) {
    paths[route.path] ??= {};
    const entry = paths[route.path];
    if (entry) entry[route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "resume-checker API",
      version: "1.0.0",
      description:
        "Jobs, resumes, evaluations and decisions. Authenticate with `Authorization: Bearer rc_live_…` (an API key; scopes read < write < admin, never more than the owner's role) or, from the app, the session cookie. Errors are `{ error: { code, message, requestId } }`. Lists are cursor-paginated: pass `nextCursor` as `cursor`.",
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      schemas: { Error: toSchema(errorBodySchema, "output") },
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "rc_live_…",
          description: "An API key created in the app or through POST /api/v1/api-keys.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The app's session cookie (browser use; state-changing requests must be same-origin).",
        },
      },
    },
  };
}
