import { describe, expect, it } from "vitest";
import { buildZip } from "./test-fixtures";
import { measureInflatedSize, readZipDirectory, ZipFormatError, ZipSizeExceededError } from "./zip-directory";

const enc = new TextEncoder();

describe("readZipDirectory", () => {
  it("lists entries with declared sizes", () => {
    const zip = buildZip([
      { name: "a.xml", data: enc.encode("<a/>") },
      { name: "big.bin", data: new Uint8Array(10), declaredSize: 3_000_000_000 },
    ]);
    const dir = readZipDirectory(zip);
    expect(dir.declaredEntryCount).toBe(2);
    expect(dir.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["a.xml", 4],
      ["big.bin", 3_000_000_000],
    ]);
    expect(dir.totalUncompressedSize).toBe(3_000_000_004);
  });

  it("stops before walking a directory that is already over the entry limit", () => {
    const zip = buildZip(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: enc.encode("x") })));
    const dir = readZipDirectory(zip, 10);
    expect(dir.declaredEntryCount).toBe(50);
    expect(dir.entries).toHaveLength(0);
  });

  it("throws ZipFormatError on truncated archives", () => {
    const zip = buildZip([{ name: "a.xml", data: enc.encode("<a/>") }]);
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow(ZipFormatError);
  });
});

describe("measureInflatedSize", () => {
  it("returns the real size and stops at the limit", () => {
    const zip = buildZip([{ name: "z.xml", data: new Uint8Array(1_000_000) }]);
    const [entry] = readZipDirectory(zip).entries;
    if (!entry) throw new Error("no entry");
    expect(measureInflatedSize(zip, entry, 2_000_000)).toBe(1_000_000);
    expect(() => measureInflatedSize(zip, entry, 10_000)).toThrow(ZipSizeExceededError);
  });
});
