export type ExtractedFormat = "pdf" | "docx" | "txt" | "png" | "jpeg" | "tiff";

/** Why a run of text counts as unreadable to a person looking at the document. */
export type HiddenReason =
  | "background-colour"
  | "transparent"
  | "invisible-render-mode"
  | "tiny-font"
  | "off-page"
  | "clipped"
  | "covered"
  | "hidden-run"
  /** In a PDF layer (optional content group) that is off when the document is opened. */
  | "hidden-layer";

/** Text present in the file but invisible to a reader; it is left out of `text`. */
export interface HiddenTextReport {
  /** Non-space characters left out. */
  chars: number;
  reasons: HiddenReason[];
  /** The start of the hidden text, for a reviewer to see what was hidden. */
  sample: string;
}

/** How text that had to be recognised from page images was read. */
export interface OcrReport {
  /** Mean word confidence of the recognised text, 0–1. */
  confidence: number;
  /** Pages (PDF pages or image frames) recognised. */
  pages: number;
}

export interface ExtractedDocument {
  /** Normalised text: NFC, LF line endings, no ligatures, at most one blank line in a row. */
  text: string;
  format: ExtractedFormat;
  /** PDF page count or image frame count; null for formats without fixed pages. */
  pageCount: number | null;
  /** Non-fatal issues worth logging (never raw user content). */
  warnings: string[];
  /** Present when the file holds text a reader cannot see (white, tiny, invisible, off-page, hidden runs). */
  hiddenText?: HiddenTextReport;
  /** Present when the text was read by OCR from a scan or photo (no usable text layer). */
  ocr?: OcrReport;
}
