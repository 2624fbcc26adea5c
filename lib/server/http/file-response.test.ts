import { describe, expect, it } from "vitest";
import { fileResponse } from "./file-response";

describe("fileResponse", () => {
  it("serves the bytes as an attachment that the browser may neither sniff nor run", async () => {
    const response = fileResponse(
      { bytes: Buffer.from("%PDF-1.7"), fileName: "cv.pdf", mimeType: "application/pdf" },
      { disposition: "attachment" },
    );
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe("8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toBe("%PDF-1.7");
  });

  it("keeps a non-ASCII or quote-laden name out of the plain filename and exact in filename*", () => {
    const response = fileResponse(
      { bytes: Buffer.from("x"), fileName: "Zoë 'CV' \\\"x\\\".txt", mimeType: "text/plain" },
      { disposition: "inline" },
    );
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="Zo_ 'CV' __x__.txt"; filename*=UTF-8''Zo%C3%AB%20%27CV%27%20%5C%22x%5C%22.txt`,
    );
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });
});
