// Bytes of a saved page or text file to a string: BOM, then the charset the page declares
// (`<meta charset>`, or the HTTP header for fetched pages), then UTF-8, then Windows-1252 (older
// French sites save as Latin-1).

const ALIASES: Record<string, string> = { latin1: "windows-1252", "iso-8859-1": "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252" };

function decoder(label: string): TextDecoder | null {
  const name = label.trim().toLowerCase();
  try {
    return new TextDecoder(ALIASES[name] ?? name);
  } catch {
    return null;
  }
}

/** The charset declared in the first bytes of an HTML page, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function decode(bytes: Uint8Array, charset: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const declared = charset ?? declaredCharset(bytes);
  const named = declared ? decoder(declared) : null;
  if (named && named.encoding !== "utf-8") return named.decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** True for bytes that are not text (a PDF, an image, a word-processor file). */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes[0] === 0xff && (bytes[1] === 0xfe || bytes[1] === 0xff)) return false; // UTF-16 BOM
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
