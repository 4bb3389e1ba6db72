import { ArticleError } from "./types.ts";

/** Articles are a few kB; anything this large is a dump or a mistake, not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or .docx/.xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Turns a file's bytes into article text: UTF-8 (with or without BOM) or UTF-16 with a BOM,
 * line ends as `\n`, Unicode NFC. Throws an ArticleError that says what is wrong otherwise.
 */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new ArticleError("the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ArticleError(`the file is ${mb} MB; one article is rarely over 100 kB, and files over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are refused`);
  }
  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) throw new ArticleError(`this is ${what}, not text`);
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    text = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes);
    warnings.push(`decoded from UTF-16 (${le ? "little" : "big"}-endian); saving it as UTF-8 is recommended`);
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new ArticleError(`the text is not valid UTF-8 (first bad byte at offset ${at}); re-save it as UTF-8 or add it with \`npm run ingest\``);
    }
  }
  if (/\u0000/.test(text) || controlShare(text) > 0.01) throw new ArticleError("this is a binary file, not text");
  text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") throw new ArticleError("the file holds only white space");
  return { text, warnings };
}

function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return control / Math.max(1, sample.length);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
    i += n;
  }
  return -1;
}
