import { Alert } from "@/components/ui/alert";
import { FULL_TRUST_OCR_CONFIDENCE } from "@/lib/engine/extract/text-confidence";
import type { ResumeProfile } from "@/lib/engine/types";

/** Says that the text was recognised from a scan or photo, and how sure the recogniser was; renders nothing otherwise. */
export function OcrNotice({ profile }: { profile: ResumeProfile | null }) {
  const ocr = profile?.ocr;
  if (!ocr) return null;
  const percent = Math.round(ocr.confidence * 100);
  const low = ocr.confidence < FULL_TRUST_OCR_CONFIDENCE;
  return (
    <div className="mb-4" data-testid="ocr-notice">
      <Alert tone={low ? "warning" : "info"}>
        <p>
          Read by OCR from a scanned document, confidence {percent}%.
          {low
            ? " Some words may be misread: check the original, and note that skills found in this text count for less in the score."
            : " Check the original where a detail matters."}
        </p>
      </Alert>
    </div>
  );
}
