import type { Metadata } from "next";
import { API_ROUTE_LIST } from "@/lib/schemas/api-v1-routes";
import { buildOpenApiDocument } from "@/lib/server/api-v1/openapi-document";

export const metadata: Metadata = { title: "API reference" };

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Operation = {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const METHOD_TONE: Record<string, string> = {
  GET: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  POST: "bg-brand-50 text-brand-800 ring-brand-100",
  PATCH: "bg-amber-50 text-amber-900 ring-amber-300",
  DELETE: "bg-rose-50 text-rose-800 ring-rose-300",
};

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(" | ");
  const type = schema.type;
  return typeof type === "string" ? type : Array.isArray(type) ? type.join(" | ") : "any";
}

/** A readable rendering of the OpenAPI document, from the same route registry (no external assets). */
export default function ApiDocsPage() {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const tags = [...new Set(API_ROUTE_LIST.map((route) => route.tag))];
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold text-slate-900">resume-checker API v1</h1>
        <p className="text-sm text-slate-700">
          Send <code>Authorization: Bearer rc_live_…</code> with an API key (create your own under <em>My API keys</em> once signed in, or
          through <code>POST /api/v1/api-keys</code>; admins manage everyone&apos;s under Admin → API keys). Scopes: <strong>read</strong>{" "}
          (GET), <strong>write</strong> (changes), <strong>admin</strong> (keys, audit log); a key never exceeds its owner&apos;s role. In
          the browser the session cookie works too. Errors are <code>{"{ error: { code, message, requestId } }"}</code>; lists return{" "}
          <code>nextCursor</code> to pass back as <code>cursor</code>. Each key is limited to a number of requests per minute (429 with{" "}
          <code>Retry-After</code>).
        </p>
        <p className="text-sm">
          Machine-readable:{" "}
          <a className="text-brand-700 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1) · {API_ROUTE_LIST.length} operations
        </p>
      </header>
      {tags.map((tag) => (
        <section key={tag} className="space-y-4">
          <h2 className="border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900">{tag}</h2>
          {API_ROUTE_LIST.filter((route) => route.tag === tag).map((route) => {
            const operation = paths[route.path]?.[route.method.toLowerCase()];
            const access = route.access;
            return (
              <article key={route.operationId} id={route.operationId} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="flex flex-wrap items-center gap-2 text-sm">
                  <span
                    className={`rounded px-2 py-0.5 font-mono text-xs font-semibold ring-1 ring-inset ${METHOD_TONE[route.method] ?? ""}`}
                  >
                    {route.method}
                  </span>
                  <code className="font-mono text-sm text-slate-900">{route.path}</code>
                  <span className="text-slate-700">— {route.summary}</span>
                </h3>
                {route.description ? <p className="text-sm text-slate-700">{route.description}</p> : null}
                <p className="text-xs text-slate-600">
                  {access.kind === "public" ? "Public." : `Roles: ${access.roles.join(", ")} · key scope: ${access.scopes.join(", ")}`}
                </p>
                {operation && operation.parameters.length > 0 ? (
                  <table className="w-full text-left text-xs">
                    <thead className="text-slate-500">
                      <tr>
                        <th className="py-1 pr-3 font-medium">Parameter</th>
                        <th className="py-1 pr-3 font-medium">In</th>
                        <th className="py-1 pr-3 font-medium">Type</th>
                        <th className="py-1 font-medium">Description</th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`} className="border-t border-slate-100">
                          <td className="py-1 pr-3 font-mono">
                            {parameter.name}
                            {parameter.required ? <span className="text-rose-700">*</span> : null}
                          </td>
                          <td className="py-1 pr-3">{parameter.in}</td>
                          <td className="py-1 pr-3 font-mono">{typeOf(parameter.schema)}</td>
                          <td className="py-1 text-slate-700">{parameter.description ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {operation?.requestBody
                  ? Object.entries(operation.requestBody.content).map(([type, body]) => (
                      <details key={type} className="text-xs">
                        <summary className="cursor-pointer text-slate-700">Request body ({type})</summary>
                        <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2">{JSON.stringify(body.schema, null, 2)}</pre>
                      </details>
                    ))
                  : null}
                {operation ? (
                  <details className="text-xs">
                    <summary className="cursor-pointer text-slate-700">Responses: {Object.keys(operation.responses).join(", ")}</summary>
                    <ul className="mt-1 space-y-1">
                      {Object.entries(operation.responses).map(([status, response]) => (
                        <li key={status}>
                          <strong>{status}</strong> {response.description}
                          {status.startsWith("2") && response.content ? (
                            <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2">
                              {JSON.stringify(response.content["application/json"]?.schema, null, 2)}
                            </pre>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </article>
            );
          })}
        </section>
      ))}
    </main>
  );
}
