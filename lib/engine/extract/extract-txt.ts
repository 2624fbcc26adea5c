import { EngineError } from "../errors";
import type { TextEncodingGuess } from "./detect-type";
import { decodeWindows1252 } from "./windows-1252";

/** Decodes a plain-text file; the encoding comes from detectFileType. BOMs are dropped. */
export function decodeTextFile(bytes: Uint8Array, encoding: TextEncodingGuess): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  try {
    // TextDecoder strips a leading BOM for the UTF encodings by default (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new EngineError("CORRUPT_FILE", `text does not decode as ${encoding}`, { cause: error });
  }
}
