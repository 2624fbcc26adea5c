// Worker-thread entry for extractTextIsolated. Plain JavaScript on purpose:
// a worker starts as a bare Node isolate, without the TypeScript loader of the
// parent (vitest, tsx or a Next.js bundle), so it loads the TypeScript
// implementation itself through tsx's loader (tsx is a runtime
// dependency). The implementation is located, in order: workerData.corePath,
// the file next to this one, then <cwd>/lib/engine/extract/extract-core.ts
// (the layout `next start` runs in).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

function locateCore() {
  const candidates = [];
  if (workerData && typeof workerData.corePath === "string") candidates.push(workerData.corePath);
  if (import.meta.url.startsWith("file:")) candidates.push(fileURLToPath(new URL("./extract-core.ts", import.meta.url)));
  candidates.push(path.join(process.cwd(), "lib", "engine", "extract", "extract-core.ts"));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`extract-core.ts not found (looked in: ${candidates.join(", ")})`);
  return found;
}

async function loadCore() {
  // Load the parsers natively before tsx's hooks are installed: pdf.js is a
  // few MB of JavaScript and takes several times longer through the hooks.
  // The TypeScript modules then find them in the module cache.
  // pdf.js would otherwise import its own worker module lazily on the first PDF, through the hooks;
  // importing it here registers globalThis.pdfjsWorker, which pdf.js then uses in-thread.
  await Promise.all([import("pdf-parse"), import("mammoth"), import("fflate")]);
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs").catch(() => undefined);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(locateCore()).href);
}

function serializeError(error) {
  if (error && error.name === "EngineError" && typeof error.code === "string") {
    return {
      engine: true,
      code: error.code,
      message: String(error.message),
      userMessage: String(error.userMessage),
      retriable: Boolean(error.retriable),
    };
  }
  return { engine: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

if (!parentPort) throw new Error("extract-worker.mjs must run in a worker thread");
const port = parentPort;

loadCore().then(
  (core) => {
    port.on("message", async (task) => {
      try {
        const result = await core.extractText(new Uint8Array(task.bytes), task.options);
        port.postMessage({ id: task.id, ok: true, result });
      } catch (error) {
        port.postMessage({ id: task.id, ok: false, error: serializeError(error) });
      }
    });
    port.postMessage({ ready: true });
  },
  (error) => {
    port.postMessage({ ready: false, error: serializeError(error) });
  },
);
