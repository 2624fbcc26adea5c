// Loading a PDF for display with pdf.js. pdf.js (and its worker) is loaded only when a
// PDF is first shown; the worker is bundled and served by this app, never from a CDN.
import type { PDFDocumentProxy } from "pdfjs-dist";

type PdfJs = typeof import("pdfjs-dist");

let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist").then((lib) => {
    // One worker for every document this page shows (pdf.js keeps a worker it was given).
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
    return lib;
  });
  return pdfjs;
}

/** The message of an API error body ({ error: { message } }), or a generic one. */
async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return `The original could not be loaded (HTTP ${response.status}). Reload the page or download the file.`;
}

export class PdfLoadError extends Error {}

export type LoadedPdf = { pdfjs: PdfJs; document: PDFDocumentProxy };

/**
 * Fetches the PDF's bytes from `src` (same origin, with the session cookie) and opens it.
 * Untrusted input: pdf.js is told not to evaluate code and not to render XFA forms.
 */
export async function loadPdf(src: string, signal: AbortSignal): Promise<LoadedPdf> {
  const [lib, response] = await Promise.all([loadPdfJs(), fetch(src, { credentials: "same-origin", signal })]);
  if (!response.ok) throw new PdfLoadError(await errorMessage(response));
  const data = new Uint8Array(await response.arrayBuffer());
  const task = lib.getDocument({ data, isEvalSupported: false, enableXfa: false });
  signal.addEventListener("abort", () => void task.destroy(), { once: true });
  try {
    return { pdfjs: lib, document: await task.promise };
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new PdfLoadError("This PDF cannot be displayed here. Download the original to open it.", { cause });
  }
}
