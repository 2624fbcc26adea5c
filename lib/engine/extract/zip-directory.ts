// A minimal ZIP central-directory reader. DOCX files are ZIP archives; we read
// the directory ourselves (sizes, entry count, names) so a zip bomb is rejected
// from its declared sizes before a single byte is inflated.
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Entry count declared by the end-of-central-directory record. */
  declaredEntryCount: number;
  entries: ZipEntry[];
  totalUncompressedSize: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function hasZipMagic(bytes: Uint8Array): boolean {
  // PK\x03\x04 (normal), PK\x05\x06 (empty archive), PK\x07\x08 (spanned marker).
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8))
  );
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEocd(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN_SIZE; i >= lowest; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) {
      const commentLength = dv.getUint16(i + 20, true);
      // A real EOCD's comment ends exactly at the end of the file (tolerate trailing junk of a few bytes).
      if (i + EOCD_MIN_SIZE + commentLength <= bytes.length) return i;
    }
  }
  throw new ZipFormatError("end of central directory not found");
}

function readUint64(dv: DataView, offset: number): number {
  const low = dv.getUint32(offset, true);
  const high = dv.getUint32(offset + 4, true);
  return high * 0x1_0000_0000 + low;
}

/**
 * Reads the central directory. Throws ZipFormatError when the archive is not
 * readable. When `maxEntries` is given, stops (returning what it has, with the
 * declared count) instead of walking a directory that is already too long.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipDirectory {
  if (bytes.length < EOCD_MIN_SIZE) throw new ZipFormatError("file too short for a ZIP archive");
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  let entryCount = dv.getUint16(eocd + 10, true);
  let directorySize = dv.getUint32(eocd + 12, true);
  let directoryOffset = dv.getUint32(eocd + 16, true);

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && dv.getUint32(locator, true) === ZIP64_EOCD_LOCATOR_SIGNATURE) {
      const zip64Offset = readUint64(dv, locator + 8);
      if (zip64Offset + 56 > bytes.length || dv.getUint32(zip64Offset, true) !== ZIP64_EOCD_SIGNATURE) {
        throw new ZipFormatError("bad ZIP64 end of central directory");
      }
      entryCount = readUint64(dv, zip64Offset + 32);
      directorySize = readUint64(dv, zip64Offset + 40);
      directoryOffset = readUint64(dv, zip64Offset + 48);
    }
  }

  const directory: ZipDirectory = { declaredEntryCount: entryCount, entries: [], totalUncompressedSize: 0 };
  if (entryCount > maxEntries) return directory;
  if (directoryOffset + directorySize > bytes.length) throw new ZipFormatError("central directory out of bounds");

  const decoder = new TextDecoder("utf-8");
  let cursor = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (cursor + 46 > bytes.length || dv.getUint32(cursor, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ZipFormatError("bad central directory header");
    }
    const flags = dv.getUint16(cursor + 8, true);
    const method = dv.getUint16(cursor + 10, true);
    let compressedSize = dv.getUint32(cursor + 20, true);
    let uncompressedSize = dv.getUint32(cursor + 24, true);
    const nameLength = dv.getUint16(cursor + 28, true);
    const extraLength = dv.getUint16(cursor + 30, true);
    const commentLength = dv.getUint16(cursor + 32, true);
    let localHeaderOffset = dv.getUint32(cursor + 42, true);
    const nameStart = cursor + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw new ZipFormatError("central directory entry out of bounds");
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));

    // ZIP64 extended information replaces the 0xFFFFFFFF placeholders, in this order.
    let extra = extraStart;
    while (extra + 4 <= extraStart + extraLength) {
      const id = dv.getUint16(extra, true);
      const size = dv.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff && field + 8 <= extra + 4 + size) {
          uncompressedSize = readUint64(dv, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= extra + 4 + size) {
          compressedSize = readUint64(dv, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff && field + 8 <= extra + 4 + size) {
          localHeaderOffset = readUint64(dv, field);
        }
      }
      extra += 4 + size;
    }

    directory.entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    directory.totalUncompressedSize += uncompressedSize;
    cursor = next;
  }
  return directory;
}

export class ZipSizeExceededError extends Error {
  constructor(readonly entryName: string) {
    super(`entry ${entryName} inflates beyond its declared size`);
    this.name = "ZipSizeExceededError";
  }
}

/** Slice of compressed input fed to the inflater per step; bounds the overshoot of a lying entry. */
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates an entry just to count its bytes, stopping as soon as it exceeds
 * `limit`. The declared sizes in the directory are attacker-controlled; this
 * confirms them for the parts the DOCX reader will actually inflate.
 */
export function measureInflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): number {
  const dv = view(bytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipFormatError(`bad local header for ${entry.name}`);
  }
  const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new ZipFormatError(`entry ${entry.name} out of bounds`);
  if (entry.method === 0) {
    if (entry.compressedSize > limit) throw new ZipSizeExceededError(entry.name);
    return entry.compressedSize;
  }
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression method ${entry.method}`);

  let produced = 0;
  let exceeded = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) exceeded = true;
  });
  try {
    for (let offset = dataStart; offset < dataEnd && !exceeded; offset += INFLATE_STEP) {
      const end = Math.min(dataEnd, offset + INFLATE_STEP);
      inflater.push(bytes.subarray(offset, end), end === dataEnd);
    }
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (exceeded) throw new ZipSizeExceededError(entry.name);
  return produced;
}
