// The production HTTP server: Next.js's request handler behind a plain node:http server.
// `next start` cannot tell the app the socket address once a client sends its own
// X-Forwarded-For (Next.js only fills that header when it is missing), so this server
// passes the peer address in a header a client cannot set, drops X-Forwarded-Host/-Proto
// unless a trusted proxy sent them, and answers cross-site server-action posts with 403
// (Next.js would throw, a 500).
//   node scripts/server.mjs [--port 3000]
import http from "node:http";
import path from "node:path";
import next from "next";
import { isTrustedPeer, normalizeAddress, PEER_ADDRESS_HEADER, parseTrustedProxies } from "../lib/trusted-proxies.mjs";

const root = path.resolve(import.meta.dirname, "..");
const portArg = process.argv.indexOf("--port");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));

let trust;
try {
  trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const FORWARDED_BY_PROXY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/** @param {http.IncomingMessage} req */
function crossSiteServerAction(req) {
  if (req.method !== "POST" || !req.headers["next-action"]) return false;
  const origin = req.headers.origin;
  if (!origin) return false;
  const host = String(req.headers["x-forwarded-host"] ?? req.headers.host ?? "")
    .split(",")[0]
    ?.trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const app = next({ dev: false, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  if (!isTrustedPeer(trust, peer)) for (const name of FORWARDED_BY_PROXY) delete req.headers[name];
  req.headers[PEER_ADDRESS_HEADER] = peer;
  if (crossSiteServerAction(req)) {
    res.writeHead(403, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed. Use the app itself." } }));
    return;
  }
  void handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`▲ resume-checker listening on port ${port}`));
