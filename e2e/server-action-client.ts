// Calls server actions of the production build over HTTP exactly as Next's
// client router does (next/dist/client/components/router-reducer/reducers/
// server-action-reducer.js → fetchServerAction): POST to a page that bundles
// the action, `Next-Action: <id>`, `Accept: text/x-component`, the arguments
// encoded with React's encodeReply (a string, or multipart FormData when an
// argument is FormData), and the answer decoded with React's Flight client.
// The server side of the protocol is next/dist/server/app-render/action-handler.js.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

type FlightClient = {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
  createFromReadableStream: (
    stream: ReadableStream<Uint8Array>,
    options: { serverConsumerManifest: { moduleMap: object; serverModuleMap: null; moduleLoading: null } },
  ) => Promise<{ a: PromiseLike<unknown> }>;
};
// The production build of the Flight client that Next vendors (the server is a production build too).
const flight =
  require("next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.edge.production.js") as FlightClient;

export type BuiltAction = { key: string; id: string; filename: string; exportedName: string; pagePath: string };

type ReferenceManifest = Record<string, unknown> & {
  node?: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  edge?: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

function dynamicSegments(route: string): number {
  return (route.match(/\[/g) ?? []).length;
}

/**
 * Every server action of the build in .next: `<filename>#<exportedName>` from
 * server-reference-manifest.json, and a page that bundles it (its "worker",
 * mapped to a URL with app-path-routes-manifest.json; dynamic segments get a
 * placeholder, which the action never sees).
 */
export function readBuiltActions(): Map<string, BuiltAction> {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  const routes = JSON.parse(readFileSync(path.join(root, ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const actions = new Map<string, BuiltAction>();
  for (const runtime of [manifest.node, manifest.edge]) {
    for (const [id, entry] of Object.entries(runtime ?? {})) {
      if (!entry.filename || !entry.exportedName) throw new Error(`server action ${id} has no filename/exportedName in the manifest`);
      const pages = Object.keys(entry.workers)
        .map((worker) => routes[`/${worker.replace(/^app\//, "")}`])
        .filter((route): route is string => route !== undefined)
        .sort((a, b) => dynamicSegments(a) - dynamicSegments(b) || a.localeCompare(b));
      const page = pages[0];
      if (!page) throw new Error(`server action ${entry.filename}#${entry.exportedName} has no page that bundles it`);
      const key = `${entry.filename}#${entry.exportedName}`;
      actions.set(key, {
        key,
        id,
        filename: entry.filename,
        exportedName: entry.exportedName,
        pagePath: page.replace(/\[\[?(?:\.\.\.)?\w+\]?\]/g, "authz-matrix"),
      });
    }
  }
  return actions;
}

export type ActionOutcome =
  /** The action returned (the value as the client receives it). */
  | { kind: "returned"; value: unknown }
  /** The action called redirect(): the client navigates there. */
  | { kind: "redirected"; location: string }
  /** The action threw (the client sees an error; production hides the message). */
  | { kind: "threw"; status: number; message: string }
  /** The server did not recognize the action id. */
  | { kind: "unrecognized"; status: number };

export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: BuiltAction,
  args: unknown[],
): Promise<ActionOutcome> {
  const body = await flight.encodeReply(args);
  const headers: Record<string, string> = {
    Accept: "text/x-component",
    "Next-Action": action.id,
    // The browser sends the page's origin; Next rejects an action whose Origin does not match the host.
    Origin: new URL(baseURL).origin,
  };
  const response = await request.post(new URL(action.pagePath, baseURL).toString(), {
    headers: typeof body === "string" ? { ...headers, "Content-Type": "text/plain;charset=UTF-8" } : headers,
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
  if (response.headers()["x-nextjs-action-not-found"]) return { kind: "unrecognized", status: response.status() };
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { kind: "redirected", location: redirect.split(";")[0] ?? "" };
  const contentType = response.headers()["content-type"] ?? "";
  if (!contentType.startsWith("text/x-component"))
    return { kind: "threw", status: response.status(), message: `${contentType}: ${(await response.text()).slice(0, 300)}` };
  const payload = await flight.createFromReadableStream(new Blob([new Uint8Array(await response.body())]).stream(), {
    serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null },
  });
  try {
    return { kind: "returned", value: await payload.a };
  } catch (error) {
    return { kind: "threw", status: response.status(), message: error instanceof Error ? error.message : String(error) };
  }
}
