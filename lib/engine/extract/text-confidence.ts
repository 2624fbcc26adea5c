// How much the engine may trust text by how it was read. Text from a file's
// own text layer is what the candidate wrote; text recognised by OCR carries
// misread words, and the less sure the recogniser was, the less a skill found
// in it should count. Scoring multiplies evidence strength by this weight.
import { resumeProfileSchema, type ResumeProfile } from "../types";
import type { OcrReport } from "./types";

/** At or above this mean word confidence OCR text is read as reliably as a text layer. */
export const FULL_TRUST_OCR_CONFIDENCE = 0.85;
/** Evidence never weighs less than this: a poor scan still shows what the candidate did. */
export const MIN_OCR_EVIDENCE_WEIGHT = 0.5;

/** Weight (MIN_OCR_EVIDENCE_WEIGHT–1) of evidence in text read with this report; 1 when the text was not read by OCR. */
export function evidenceWeightForText(ocr: OcrReport | undefined | null): number {
  if (!ocr || ocr.confidence >= FULL_TRUST_OCR_CONFIDENCE) return 1;
  const weight = Math.max(0, ocr.confidence) / FULL_TRUST_OCR_CONFIDENCE;
  return Math.max(MIN_OCR_EVIDENCE_WEIGHT, weight);
}

const ocrReportSchema = resumeProfileSchema.shape.ocr.unwrap();

/**
 * The profile with the extraction's OCR report on it. `stored` is the report as
 * kept with the resume (JSON from the database or a worker message); null or
 * undefined means the text was not read by OCR.
 */
export function withOcrReport(profile: ResumeProfile, stored: unknown): ResumeProfile {
  if (stored === null || stored === undefined) return profile;
  return { ...profile, ocr: ocrReportSchema.parse(stored) };
}
