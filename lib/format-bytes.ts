const MB = 1024 * 1024;

/**
 * A size for people, with the exact byte count so that sizes near a limit can be told
 * apart: "10.0 MB (10,485,761 bytes)" against "10 MB (10,485,760 bytes)".
 */
export function describeBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString("en-US")} bytes`;
  if (bytes < MB) return bytes < 1024 ? exact : `${(bytes / 1024).toFixed(1)} KB (${exact})`;
  const megabytes = bytes / MB;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB (${exact})`;
}
