// Decides what a file is from its bytes, never from its name or the MIME type
// the browser sent: a renamed executable must not reach a document parser.
import { unreadablePdfReason } from "./pdf-structure";
import { decodeWindows1252 } from "./windows-1252";
import { hasZipMagic, readZipDirectory, type ZipDirectory, ZipFormatError } from "./zip-directory";

export type DetectedFormat = "pdf" | "docx" | "txt" | "image" | "unknown";
/** Image formats read by OCR (scans and phone photos of resumes). */
export type ImageFormat = "png" | "jpeg" | "tiff";
export type TextEncodingGuess = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface FileTypeDetection {
  type: DetectedFormat;
  /** Short technical reason, for logs and warnings (not for end users). */
  reason: string;
  /** For txt: the encoding the bytes decode with. */
  encoding?: TextEncodingGuess;
  /** For image: which format. */
  image?: ImageFormat;
  /** For docx: the central directory already read during detection. */
  zip?: ZipDirectory;
  /** A container we recognise (PDF, ZIP) whose structure is broken: report as corrupt, not as unsupported. */
  damaged?: boolean;
  /** Known-but-unsupported formats get a more specific user message. */
  unsupportedHint?: "legacy-office";
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_SEARCH_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function findPdfHeader(bytes: Uint8Array): number {
  let i = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) i = 3;
  const end = Math.min(bytes.length, PDF_SEARCH_WINDOW);
  // Only whitespace (and NULs some generators pad with) may precede the header.
  while (i < end) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x00) i++;
    else break;
  }
  return startsWith(bytes, PDF_MAGIC, i) ? i : -1;
}

interface BinarySignature {
  magic: readonly number[];
  offset?: number;
  reason: string;
}

// Formats we recognise only to refuse them with a clear reason.
const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { magic: [0x7f, 0x45, 0x4c, 0x46], reason: "ELF executable" },
  { magic: [0xfe, 0xed, 0xfa, 0xce], reason: "Mach-O executable" },
  { magic: [0xfe, 0xed, 0xfa, 0xcf], reason: "Mach-O executable" },
  { magic: [0xce, 0xfa, 0xed, 0xfe], reason: "Mach-O executable" },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], reason: "Mach-O executable" },
  { magic: [0xca, 0xfe, 0xba, 0xbe], reason: "Mach-O universal binary or Java class" },
  { magic: [0x47, 0x49, 0x46, 0x38], reason: "GIF image" },
  { magic: [0x57, 0x45, 0x42, 0x50], offset: 8, reason: "WebP image" },
  { magic: [0x1f, 0x8b], reason: "gzip archive" },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: "7z archive" },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], reason: "RAR archive" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], reason: "RTF document" },
  { magic: [0x00, 0x61, 0x73, 0x6d], reason: "WebAssembly module" },
];

const IMAGE_SIGNATURES: readonly { magic: readonly number[]; format: ImageFormat }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], format: "png" },
  { magic: [0xff, 0xd8, 0xff], format: "jpeg" },
  { magic: [0x49, 0x49, 0x2a, 0x00], format: "tiff" },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], format: "tiff" },
];

function readUint32(bytes: Uint8Array, at: number, littleEndian: boolean): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, littleEndian);
}

/** A JPEG's segments up to its first frame header (SOFn); null when the walk runs off the file. */
function jpegHasFrame(bytes: Uint8Array): boolean {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return at + 10 <= bytes.length;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return false;
}

/**
 * Why an image's header cannot be read (so the upload is refused at once as a damaged file,
 * like a PDF without a readable trailer), or null. Pixel data is checked when OCR decodes it.
 */
function unreadableImageReason(bytes: Uint8Array, format: ImageFormat): string | null {
  if (format === "png") {
    const ihdr = bytes.length >= 33 && String.fromCharCode(...bytes.subarray(12, 16)) === "IHDR";
    if (!ihdr || readUint32(bytes, 16, false) === 0 || readUint32(bytes, 20, false) === 0) return "PNG without a readable image header";
    return null;
  }
  if (format === "jpeg") return jpegHasFrame(bytes) ? null : "JPEG without a readable frame header";
  const firstDirectory = bytes.length >= 8 ? readUint32(bytes, 4, bytes[0] === 0x49) : 0;
  return firstDirectory >= 8 && firstDirectory + 2 <= bytes.length ? null : "TIFF whose first image directory is outside the file";
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isDocxDirectory(zip: ZipDirectory): boolean {
  const names = new Set(zip.entries.map((e) => e.name));
  if (names.has("word/document.xml")) return true;
  // Some generators name the main part differently; the package relationships then point to it.
  return (
    names.has("[Content_Types].xml") && names.has("_rels/.rels") && zip.entries.some((e) => /^word\/[^/]*document[^/]*\.xml$/i.test(e.name))
  );
}

/** Share of bytes that are control characters other than tab, LF, CR, FF and ESC-free whitespace. */
function controlCharRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
    // C1 controls in decoded text come from binary data or from a wrong guess of encoding.
    else if (c >= 0x80 && c < 0xa0) control++;
  }
  return control / text.length;
}

const MAX_CONTROL_RATIO = 0.01;

function detectText(bytes: Uint8Array): FileTypeDetection | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    if (bytes.length % 2 !== 0) return null;
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (controlCharRatio(text.replaceAll("\u0000", "")) <= MAX_CONTROL_RATIO && !text.slice(1).includes("\u0000")) {
        return { type: "txt", reason: `${encoding} text with BOM`, encoding };
      }
    } catch {
      return null;
    }
    return null;
  }
  if (bytes.includes(0x00)) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (controlCharRatio(text) <= MAX_CONTROL_RATIO) return { type: "txt", reason: "UTF-8 text", encoding: "utf-8" };
    return null;
  } catch {
    // Not UTF-8: try the legacy Western encoding Windows editors still produce.
  }
  const text = decodeWindows1252(bytes);
  const undefinedBytes = text.split("\uFFFD").length - 1;
  if (controlCharRatio(text) + undefinedBytes / text.length <= MAX_CONTROL_RATIO) {
    return { type: "txt", reason: "Windows-1252 text (not valid UTF-8)", encoding: "windows-1252" };
  }
  return null;
}

export function detectFileType(bytes: Uint8Array): FileTypeDetection {
  if (bytes.length === 0) return { type: "unknown", reason: "empty file" };

  const pdfAt = findPdfHeader(bytes);
  if (pdfAt >= 0) {
    const unreadable = unreadablePdfReason(bytes);
    if (unreadable) return { type: "unknown", reason: unreadable, damaged: true };
    return { type: "pdf", reason: pdfAt === 0 ? "%PDF- header" : `%PDF- header at byte ${pdfAt}` };
  }

  if (hasZipMagic(bytes)) {
    let zip: ZipDirectory;
    try {
      zip = readZipDirectory(bytes);
    } catch (error) {
      const detail = error instanceof ZipFormatError ? error.message : "unreadable";
      return { type: "unknown", reason: `ZIP archive with a broken directory (${detail})`, damaged: true };
    }
    if (isDocxDirectory(zip)) return { type: "docx", reason: "ZIP archive containing word/document.xml", zip };
    return { type: "unknown", reason: "ZIP archive that is not a Word document" };
  }

  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      type: "unknown",
      reason: "OLE compound file (legacy .doc/.xls or password-protected Office file)",
      unsupportedHint: "legacy-office",
    };
  }
  for (const signature of IMAGE_SIGNATURES) {
    if (!startsWith(bytes, signature.magic)) continue;
    const unreadable = unreadableImageReason(bytes, signature.format);
    if (unreadable) return { type: "unknown", reason: unreadable, damaged: true };
    return { type: "image", reason: `${signature.format.toUpperCase()} image`, image: signature.format };
  }
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.magic, signature.offset ?? 0)) return { type: "unknown", reason: signature.reason };
  }
  // "MZ" alone is a plausible start of a text file; executables also carry NULs in their header.
  if (startsWith(bytes, [0x4d, 0x5a]) && bytes.subarray(0, 64).includes(0x00)) {
    return { type: "unknown", reason: "Windows (MZ/PE) executable" };
  }

  return detectText(bytes) ?? { type: "unknown", reason: "binary data that is not a supported document" };
}
