import { ArticleError } from "./types.ts";

/** Articles are a few kB; anything this large is a dump or a mistake, not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** File signatures of common non-text files, so the message can say what the file really is. */
const MAGIC: [string, number[], number?][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["a TIFF image", [0x4d, 0x4d, 0x00, 0x2a]],
  ["an HEIC image or MP4 video", [0x66, 0x74, 0x79, 0x70], 4],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or .docx/.xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["an old Word/Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
  ["a program (ELF)", [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Throws the size message for a file of `size` bytes that is too large to be one article. */
export function checkArticleSize(size: number, limit = MAX_ARTICLE_BYTES): void {
  if (size === 0) throw new ArticleError("the file is empty");
  if (size > limit) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new ArticleError(`the file is ${mb} MB; one article is rarely over 100 kB, and files over ${limit / 1024 / 1024} MB are refused`);
  }
}

export interface DecodeOptions {
  /** Ingest accepts legacy encodings (Windows-1252) and UTF-16 without a byte-order mark; the folder reader does not. */
  lenient?: boolean;
  /** Largest accepted input in bytes (HTML pages carry scripts and styles, so ingest allows more). */
  maxBytes?: number;
}

/**
 * Turns a file's bytes into article text: UTF-8 (with or without BOM) or UTF-16 with a BOM,
 * line ends as `\n`, Unicode NFC. Throws an ArticleError that says what is wrong otherwise.
 */
export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  checkArticleSize(bytes.length, options.maxBytes);
  for (const [what, sig, at] of MAGIC) {
    if (startsWith(bytes, sig, at)) throw new ArticleError(`this is ${what}, not text`);
  }
  if (looksBinary(bytes)) throw new ArticleError("this is a binary file, not text");
  let text: string;
  const bomless16 = utf16WithoutBom(bytes);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    text = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes);
    warnings.push(`decoded from UTF-16 (${le ? "little" : "big"}-endian); saving it as UTF-8 is recommended`);
  } else if (bomless16) {
    if (!options.lenient) {
      throw new ArticleError(`the text is UTF-16 without a byte-order mark; re-save it as UTF-8 or add it with \`npm run ingest\``);
    }
    text = new TextDecoder(bomless16).decode(bytes);
    warnings.push(`decoded from ${bomless16.toUpperCase()} without a byte-order mark`);
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      if (!options.lenient) {
        throw new ArticleError(`the text is not valid UTF-8 (first bad byte at offset ${at}); re-save it as UTF-8 or add it with \`npm run ingest\``);
      }
      // Database exports and old Windows tools write Windows-1252; it maps every byte, so check the result is still text.
      text = decodeWindows1252(bytes);
      warnings.push(`not valid UTF-8 (first bad byte at offset ${at}); read as Windows-1252 (Western European)`);
    }
  }
  if (/\u0000/.test(text) || controlShare(text) > 0.01) throw new ArticleError("this is a binary file, not text");
  // ("El‑Tarsa" with a non-breaking hyphen, as web pages set names: the same hyphen to every rule and name.)
  // ("over 4,000 [2] people fled": a footnote's mark from a report or a wiki stands between a figure and its noun.)
  text = text.replace(/\r\n?/g, "\n").normalize("NFC").replace(/[\u2010\u2011]/g, "-").replace(FOOTNOTE_MARK, "");
  if (text.trim() === "") throw new ArticleError("the file holds only white space");
  return { text, warnings };
}

const FOOTNOTE_MARK = /(?<=[\w.,)”"’%])\s?\[\d{1,3}\](?=[\s.,;:)”"’]|$)/g;

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €); Node's own decoder treats it as Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Mostly-ASCII UTF-16 has a zero in every other byte; which half tells the byte order. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

/** Control bytes other than tab and line ends are rare in any 8-bit text; UTF-16 is checked apart (its zeros are expected). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // (An index loop: for-of over the bytes measured three times slower.)
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / sample.length > 0.01;
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
