// Worker entry of the extraction pool (worker-pool.ts), compiled to
// dist/workers/extract.worker.mjs (lib/engine/workers/worker-entry.ts).
import { workerTask } from "../workers/worker-task";
import { extractText } from "./extract-core";
import type { ExtractLimits } from "./limits";

export type ExtractTask = { bytes: ArrayBuffer; limits: ExtractLimits };

// pdf.js loads its worker module on the first PDF; loading it with the entry
// (it registers globalThis.pdfjsWorker, which pdf.js then runs in this thread)
// makes a warmed worker ready for the first upload. (A specifier in a variable:
// the module ships no type declarations.)
const PDFJS_WORKER_MODULE: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
await import(PDFJS_WORKER_MODULE).catch(() => undefined);

export default workerTask((task: ExtractTask) => extractText(new Uint8Array(task.bytes), task.limits));
