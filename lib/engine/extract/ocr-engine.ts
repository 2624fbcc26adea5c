// Recognises page images with tesseract.js (Tesseract compiled to WebAssembly)
// and the LSTM models shipped in @tesseract.js-data/* (OCR_LANGUAGES): nothing is
// downloaded at run time. tesseract.js runs Tesseract in a thread of its own,
// so a page that takes too long is stopped by terminating that thread.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { EngineError } from "../errors";
import { withDeadline } from "./deadline";
import { columnRegions, cropImage, type PageImage } from "./ocr-columns";
import { applyRereading, hasMisreadWord, linesToReread, type OcrBox, type OcrLine, type OcrWord } from "./ocr-reread";

export type { PageImage } from "./ocr-columns";

export interface RecognizedPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

type TesseractWorker = Awaited<ReturnType<typeof import("tesseract.js").createWorker>>;

/**
 * The model whole pages are read with. Read together with French, Spanish and German (as it
 * was), Tesseract tries every model on each word it is unsure of, and a page full of product
 * names and numbers cost 3–4 s of CPU instead of 1–2 (bench:ocr). The marks of names are
 * given back by the second reading of the first lines (REREAD_LANGUAGES); marks elsewhere on
 * the page (Montréal) are read without them. The LSTM-only integer model of @tesseract.js-data.
 */
export const OCR_LANGUAGES = ["eng"] as const;

/**
 * The models the first lines of the first page (the name) are read with again, one by one,
 * see ocr-reread.ts: read with English, a name loses its marks (Novák, Ní, Inès, Fernández
 * read "Novak", "Ni", "Ines", "Fernandez"). French and Spanish for their marks, then the
 * letters they lack (Czech ě ř, Polish ł ś), Irish, and Korean; on a tie the earlier wins.
 * 0.7–2.6 MB each.
 */
export const REREAD_LANGUAGES = ["fra", "spa", "ces", "pol", "gle", "kor"] as const;
/** The models of REREAD_LANGUAGES written in Latin letters; the others only replace words read badly (hasMisreadWord). */
const LATIN_SCRIPT = new Set(["fra", "spa", "ces", "pol", "gle"]);

/** The file of one language's model (`<lang>.traineddata.gz`) inside its npm package. */
function languageDataFile(language: string): string {
  // Inside a bundle import.meta.url is not a file; the app then runs from the repository root.
  const from = import.meta.url.startsWith("file:") ? import.meta.url : path.join(process.cwd(), "package.json");
  const manifest = createRequire(from).resolve(`@tesseract.js-data/${language}/package.json`);
  return path.join(path.dirname(manifest), "4.0.0_best_int", `${language}.traineddata.gz`);
}

/**
 * One directory holding every model of OCR_LANGUAGES and REREAD_LANGUAGES: tesseract.js reads all languages
 * from a single path, and each package has its own. The directory holds links only; its
 * name is derived from the model files, so every process and thread shares one.
 */
function languageDataPath(): string {
  const languages = [...OCR_LANGUAGES, ...REREAD_LANGUAGES];
  const files = languages.map(languageDataFile);
  const dir = path.join(tmpdir(), `ocr-lang-${createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  files.forEach((file, i) => {
    const link = path.join(dir, `${languages[i]}.traineddata.gz`);
    if (existsSync(link)) return;
    try {
      symlinkSync(file, link);
    } catch (error) {
      // Another thread made the same link first.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  });
  return dir;
}

/**
 * Grey at or above this level is paper. Tinted panels (a grey sidebar, a shaded
 * header) otherwise make Tesseract's layout analysis run the lines of two
 * columns together and misread the panel's text; on the labeled resumes'
 * scans this took e-mail from 89% to 94% and phone from 83% to 97% right.
 */
const PAPER_LEVEL = 215;

/** Stretches grey levels so that everything at PAPER_LEVEL or lighter is white (in place). */
export function flattenBackground(pixels: Uint8Array): void {
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i] ?? 255;
    pixels[i] = v >= PAPER_LEVEL ? 255 : Math.round((v * 255) / PAPER_LEVEL);
  }
}

/** A binary greyscale PNM (P5): Leptonica reads it without decompressing anything. */
function toPgm(image: PageImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}

function dpiOf(image: PageImage): { user_defined_dpi: string } {
  return { user_defined_dpi: String(Math.round(image.dpi)) };
}

type TesseractPage = Awaited<ReturnType<TesseractWorker["recognize"]>>["data"];

/** Starts one Tesseract thread with `languages` loaded. */
async function startWorker(languages: readonly string[], deadline: number): Promise<TesseractWorker> {
  const { createWorker, OEM } = await import("tesseract.js");
  const starting = createWorker(languages.join("+"), OEM.LSTM_ONLY, {
    langPath: languageDataPath(),
    gzip: true,
    // Never write the unpacked model next to the app (the default cache is the working directory).
    cacheMethod: "none",
    // Without a handler tesseract.js rethrows a failed job's error in its message listener (an uncaught
    // exception); the job's own promise rejects as well, and that is where the error is handled.
    errorHandler: () => undefined,
  });
  return withDeadline(starting, deadline, "starting the OCR engine", {
    code: "OCR_TIMEOUT",
    onTimeout: () => void starting.then((w) => w.terminate()).catch(() => undefined),
  });
}

/** Mean word confidence of the regions of a page, each weighing by how much text it holds. */
function meanConfidence(pages: TesseractPage[]): number {
  let weighted = 0;
  let chars = 0;
  for (const page of pages) {
    const length = (page.text ?? "").replace(/\s+/g, "").length;
    weighted += (page.confidence ?? 0) * length;
    chars += length;
  }
  return chars > 0 ? weighted / chars : 0;
}

function linesOf(page: TesseractPage): OcrLine[] {
  return (page.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
}

/** Starts the thread that reads lines again with one model of REREAD_LANGUAGES. */
async function startRereader(language: string, deadline: number): Promise<TesseractWorker> {
  const w = await startWorker([language], deadline);
  // The lines read again are given one at a time: read each as a single line of text.
  await w.setParameters({ tessedit_pageseg_mode: "7" as never });
  return w;
}

/**
 * Tesseract threads: one with the OCR_LANGUAGES models reads whole pages; one per model of
 * REREAD_LANGUAGES reads the first lines of the first page again, each started when a line
 * first needs it (each thread holds one model; about 60 MB). See acquireOcrSession.
 */
export class OcrSession {
  private closed = false;
  private readonly rereaders = new Map<string, Promise<TesseractWorker>>();
  /** The threads started so far, the page reader first. */
  private readonly workers: TesseractWorker[];

  private constructor(private readonly worker: TesseractWorker) {
    this.workers = [worker];
  }

  /** Whether the Tesseract threads keep the process alive: while in use yes, while kept idle no. */
  setKeepsAlive(keep: boolean): void {
    for (const w of this.workers) {
      const thread = (w as { worker?: { ref?: () => void; unref?: () => void } }).worker;
      if (keep) thread?.ref?.();
      else thread?.unref?.();
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts Tesseract and loads the page models; rejects with OCR_TIMEOUT if `deadline` passes first. */
  static async open(deadline: number): Promise<OcrSession> {
    return new OcrSession(await startWorker([...OCR_LANGUAGES], deadline));
  }

  /** The thread of one re-read model, started on first use; a thread that failed to start is tried again next time. */
  private rereader(language: string, deadline: number): Promise<TesseractWorker> {
    let started = this.rereaders.get(language);
    if (!started) {
      started = startRereader(language, deadline).then((w) => {
        // Closed while it started: nothing will use or terminate it.
        if (this.closed) void w.terminate().catch(() => undefined);
        else this.workers.push(w);
        return w;
      });
      started.catch(() => this.rereaders.delete(language));
      this.rereaders.set(language, started);
    }
    return started;
  }

  /** Runs one Tesseract job within `deadline`; on timeout the session is closed (its threads terminated). */
  private async run<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
    try {
      return await withDeadline(work, deadline, what, { code: "OCR_TIMEOUT", onTimeout: () => void this.close() });
    } catch (error) {
      if (error instanceof EngineError) throw error;
      // tesseract.js rejects with plain strings.
      throw new Error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Recognises one page, column by column (ocr-columns.ts); on timeout the Tesseract threads are
   * terminated and the session is unusable. With `rereadHeader` the first lines are read again
   * with REREAD_LANGUAGES (ocr-reread.ts).
   */
  async recognize(image: PageImage, deadline: number, pageNumber: number, rereadHeader = false): Promise<RecognizedPage> {
    this.assertOpen(`OCR of page ${pageNumber}`);
    await this.worker.setParameters(dpiOf(image));
    // Start no job that has no time: tesseract.js cannot take a job once terminated.
    if (Date.now() >= deadline) throw new EngineError("OCR_TIMEOUT", `OCR had no time left for page ${pageNumber}`);
    flattenBackground(image.pixels);
    const what = `OCR of page ${pageNumber}`;
    const regions: { image: PageImage; page: TesseractPage }[] = [];
    for (const region of columnRegions(image)) {
      const crop = cropImage(image, region);
      this.assertOpen(what);
      const read = await this.run(
        this.worker.recognize(Buffer.from(toPgm(crop)), {}, { text: true, blocks: rereadHeader }),
        deadline,
        what,
      );
      regions.push({ image: crop, page: read.data });
    }
    const texts = await Promise.all(
      regions.map(async ({ image: crop, page }, i) => {
        const text = page.text ?? "";
        // The name is in the first region of the first page (above the columns, or the left column).
        if (!rereadHeader || i > 0) return text;
        const lines = linesToReread(linesOf(page));
        const readings = await Promise.all(
          lines.flatMap((line) =>
            REREAD_LANGUAGES.filter((language) => LATIN_SCRIPT.has(language) || hasMisreadWord(line)).map((language) =>
              this.rereadLine(language, crop, line, deadline, what),
            ),
          ),
        );
        return applyRereading(text, lines, readings.flat());
      }),
    );
    return {
      text: texts
        .map((t) => t.trim())
        .filter((t) => t !== "")
        .join("\n\n"),
      confidence: meanConfidence(regions.map((r) => r.page)),
    };
  }

  /** The words of one line read again with `language`, from the line's box with a margin around it (in page coordinates). */
  private async rereadLine(language: string, image: PageImage, line: OcrLine, deadline: number, what: string): Promise<OcrWord[]> {
    const { x0, y0, x1, y1 } = line.bbox;
    const pad = Math.round((y1 - y0) / 4);
    const left = Math.max(0, x0 - pad);
    const top = Math.max(0, y0 - pad);
    const region = { left, top, width: Math.min(image.width, x1 + pad) - left, height: Math.min(image.height, y1 + pad) - top };
    if (region.width <= 0 || region.height <= 0) return [];
    const worker = await this.run(this.rereader(language, deadline), deadline, what);
    this.assertOpen(what);
    await worker.setParameters(dpiOf(image));
    this.assertOpen(what);
    const read = await this.run(worker.recognize(Buffer.from(toPgm(cropImage(image, region))), {}, { blocks: true }), deadline, what);
    const shift = (b: OcrBox): OcrBox => ({ x0: b.x0 + left, y0: b.y0 + top, x1: b.x1 + left, y1: b.y1 + top });
    return linesOf(read.data).flatMap((l) => l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: shift(w.bbox) })));
  }

  /**
   * A closed session's threads are terminated, and tesseract.js fails a job given to a terminated
   * thread outside any promise it returns: re-reads still running when another one hit the deadline
   * must stop here instead of reaching Tesseract.
   */
  private assertOpen(what: string): void {
    if (this.closed) throw new EngineError("OCR_TIMEOUT", `${what} stopped: the OCR session was closed at its time limit`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate().catch(() => undefined)));
  }
}

/** An idle session is kept this long for the next scan: starting its Tesseract threads and models takes 2–3 s of CPU. */
const IDLE_SESSION_MS = 30_000;
let idle: { session: OcrSession; timer: ReturnType<typeof setTimeout> } | undefined;

/** The idle session if there is one, else a new one (documents read at the same time each get their own). */
export async function acquireOcrSession(deadline: number): Promise<OcrSession> {
  const kept = idle;
  if (kept) {
    idle = undefined;
    clearTimeout(kept.timer);
    kept.session.setKeepsAlive(true);
    return kept.session;
  }
  return OcrSession.open(deadline);
}

/** Keeps a healthy session for the next document (one at most, closed after IDLE_SESSION_MS unused); closes any other. */
export function releaseOcrSession(session: OcrSession, healthy: boolean): void {
  if (!healthy || session.isClosed || idle) {
    void session.close();
    return;
  }
  const timer = setTimeout(() => {
    if (idle?.session === session) idle = undefined;
    void session.close();
  }, IDLE_SESSION_MS);
  timer.unref();
  session.setKeepsAlive(false);
  idle = { session, timer };
}
