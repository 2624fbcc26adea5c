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

/** An 8-bit greyscale page, row-major, one byte per pixel. */
export interface PageImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** Resolution of the image, told to Tesseract (it sizes its noise filters by it). */
  dpi: number;
}

export interface RecognizedPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

type TesseractWorker = Awaited<ReturnType<typeof import("tesseract.js").createWorker>>;

/**
 * The models read together (English and the most common other Latin-script languages of
 * applicants), so that names keep their accents (Fernández, Inès) instead of being read
 * with English letters only. Order matters: a word the first model reads with confidence
 * is not tried with the others, and English first gave "Fernandez" and "Inés" on the
 * labeled scans, French first both right. Each is the LSTM-only integer model of
 * @tesseract.js-data (0.7–2.9 MB).
 */
export const OCR_LANGUAGES = ["fra", "spa", "deu", "eng"] as const;

/** The file of one language's model (`<lang>.traineddata.gz`) inside its npm package. */
function languageDataFile(language: string): string {
  // Inside a bundle import.meta.url is not a file; the app then runs from the repository root.
  const from = import.meta.url.startsWith("file:") ? import.meta.url : path.join(process.cwd(), "package.json");
  const manifest = createRequire(from).resolve(`@tesseract.js-data/${language}/package.json`);
  return path.join(path.dirname(manifest), "4.0.0_best_int", `${language}.traineddata.gz`);
}

/**
 * One directory holding every model of OCR_LANGUAGES: tesseract.js reads all languages
 * from a single path, and each package has its own. The directory holds links only; its
 * name is derived from the model files, so every process and thread shares one.
 */
function languageDataPath(): string {
  const files = OCR_LANGUAGES.map(languageDataFile);
  const dir = path.join(tmpdir(), `ocr-lang-${createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  files.forEach((file, i) => {
    const link = path.join(dir, `${OCR_LANGUAGES[i]}.traineddata.gz`);
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

/** One Tesseract thread with the OCR_LANGUAGES models loaded; see acquireOcrSession. */
export class OcrSession {
  private closed = false;

  private constructor(private readonly worker: TesseractWorker) {}

  /** Whether the Tesseract thread keeps the process alive: while in use yes, while kept idle no. */
  setKeepsAlive(keep: boolean): void {
    const thread = (this.worker as { worker?: { ref?: () => void; unref?: () => void } }).worker;
    if (keep) thread?.ref?.();
    else thread?.unref?.();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts Tesseract and loads the models; rejects with OCR_TIMEOUT if `deadline` passes first. */
  static async open(deadline: number): Promise<OcrSession> {
    const { createWorker, OEM } = await import("tesseract.js");
    const starting = createWorker(OCR_LANGUAGES.join("+"), OEM.LSTM_ONLY, {
      langPath: languageDataPath(),
      gzip: true,
      // Never write the unpacked model next to the app (the default cache is the working directory).
      cacheMethod: "none",
      // Without a handler tesseract.js rethrows a failed job's error in its message listener (an uncaught
      // exception); the job's own promise rejects as well, and that is where the error is handled.
      errorHandler: () => undefined,
    });
    const worker = await withDeadline(starting, deadline, "starting the OCR engine", {
      code: "OCR_TIMEOUT",
      onTimeout: () => void starting.then((w) => w.terminate()).catch(() => undefined),
    });
    return new OcrSession(worker);
  }

  /** Recognises one page; on timeout the Tesseract thread is terminated and the session is unusable. */
  async recognize(image: PageImage, deadline: number, pageNumber: number): Promise<RecognizedPage> {
    await this.worker.setParameters({ user_defined_dpi: String(Math.round(image.dpi)) });
    // Start no job that has no time: tesseract.js cannot take a job once terminated.
    if (Date.now() >= deadline) throw new EngineError("OCR_TIMEOUT", `OCR had no time left for page ${pageNumber}`);
    flattenBackground(image.pixels);
    const work = this.worker.recognize(Buffer.from(toPgm(image)), {}, { text: true });
    try {
      const result = await withDeadline(work, deadline, `OCR of page ${pageNumber}`, {
        code: "OCR_TIMEOUT",
        onTimeout: () => void this.close(),
      });
      return { text: result.data.text ?? "", confidence: result.data.confidence ?? 0 };
    } catch (error) {
      if (error instanceof EngineError) throw error;
      // tesseract.js rejects with plain strings.
      throw new Error(`OCR of page ${pageNumber} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate().catch(() => undefined);
  }
}

/** An idle session is kept this long for the next scan: starting Tesseract and loading the model takes about a second. */
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
