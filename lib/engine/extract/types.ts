export type ExtractedFormat = "pdf" | "docx" | "txt";

export interface ExtractedDocument {
  /** Normalised text: NFC, LF line endings, no ligatures, at most one blank line in a row. */
  text: string;
  format: ExtractedFormat;
  /** PDF page count; null for formats without fixed pages. */
  pageCount: number | null;
  /** Non-fatal issues worth logging (never raw user content). */
  warnings: string[];
}
