export type ExtractedFormat = "pdf" | "docx" | "txt";

/** Why a run of text counts as unreadable to a person looking at the document. */
export type HiddenReason =
  | "background-colour"
  | "transparent"
  | "invisible-render-mode"
  | "tiny-font"
  | "off-page"
  | "clipped"
  | "covered"
  | "hidden-run";

/** Text present in the file but invisible to a reader; it is left out of `text`. */
export interface HiddenTextReport {
  /** Non-space characters left out. */
  chars: number;
  reasons: HiddenReason[];
  /** The start of the hidden text, for a reviewer to see what was hidden. */
  sample: string;
}

export interface ExtractedDocument {
  /** Normalised text: NFC, LF line endings, no ligatures, at most one blank line in a row. */
  text: string;
  format: ExtractedFormat;
  /** PDF page count; null for formats without fixed pages. */
  pageCount: number | null;
  /** Non-fatal issues worth logging (never raw user content). */
  warnings: string[];
  /** Present when the file holds text a reader cannot see (white, tiny, invisible, off-page, hidden runs). */
  hiddenText?: HiddenTextReport;
}
