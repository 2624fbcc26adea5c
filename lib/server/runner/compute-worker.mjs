// Worker-thread entry for the compute pool (parse + score off the server's main
// thread, so uploads stay responsive while evaluations run). Plain JavaScript:
// a worker starts without the parent's TypeScript loader, so it registers tsx
// (a runtime dependency) with the project's tsconfig (for the "@/..." paths)
// and imports compute-core.ts from next to this file, or from
// <cwd>/lib/server/runner (the layout `next start` runs in).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

function locate(name) {
  const candidates = [];
  if (workerData && typeof workerData.corePath === "string") candidates.push(workerData.corePath);
  if (import.meta.url.startsWith("file:")) candidates.push(fileURLToPath(new URL(`./${name}`, import.meta.url)));
  candidates.push(path.join(process.cwd(), "lib", "server", "runner", name));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${name} not found (looked in: ${candidates.join(", ")})`);
  return found;
}

async function loadCore() {
  const corePath = locate("compute-core.ts");
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.resolve(path.dirname(corePath), "..", "..", "..", "tsconfig.json") });
  return import(pathToFileURL(corePath).href);
}

if (!parentPort) throw new Error("compute-worker.mjs must run in a worker thread");
const port = parentPort;

loadCore().then(
  (core) => {
    port.on("message", (task) => {
      try {
        const result =
          task.kind === "parse" ? core.parseResumeText(task.text, task.now, task.hiddenText) : core.scoreResumeForJob(task.input);
        port.postMessage({ id: task.id, ok: true, result });
      } catch (error) {
        port.postMessage({ id: task.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    });
    port.postMessage({ ready: true });
  },
  (error) => port.postMessage({ ready: false, error: String(error?.stack ? error.stack : error) }),
);
