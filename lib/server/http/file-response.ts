import "server-only";

export type FileDisposition = "attachment" | "inline";

/**
 * Serves an uploaded (untrusted) file. Whatever the disposition, the browser
 * may not sniff another type, and the sandbox CSP keeps scripts, forms and
 * plugins inside it from running with the app's origin.
 */
export function fileResponse(
  file: { bytes: Buffer; fileName: string; mimeType: string },
  options: { disposition: FileDisposition },
): Response {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // RFC 8187 ext-value: encodeURIComponent leaves ' ( ) * as they are, but ' delimits the charset.
  const encodedName = encodeURIComponent(file.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.bytes.length),
      "content-disposition": `${options.disposition}; filename="${asciiName}"; filename*=UTF-8''${encodedName}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
