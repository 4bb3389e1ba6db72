// The reader's small parts: decoding, front matter, ids.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleIdFor } from "../loaders/articles/article-id.ts";
import { decodeArticleBytes } from "../loaders/articles/decode.ts";
import { isRealDate, splitFrontMatter } from "../loaders/articles/front-matter.ts";
import { ArticleError } from "../loaders/articles/types.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleBytes", () => {
  it("drops a UTF-8 byte-order mark and turns CRLF and CR into LF", () => {
    assert.equal(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a\r\nb\rc")])).text, "a\nb\nc");
  });
  it("composes accents (NFC) so offsets and hashes do not depend on the keyboard", () => {
    assert.equal(decodeArticleBytes(utf8("Mare\u0301")).text, "Mar\u00e9");
  });
  it("turns web pages' non-breaking hyphens into plain ones, so a name set with one is read whole", () => {
    assert.equal(decodeArticleBytes(utf8("a drone hit El\u2011Tarsa")).text, "a drone hit El-Tarsa");
    // A footnote's mark goes; a bracketed figure that is text stays.
    assert.equal(decodeArticleBytes(utf8("over 7,000 [3] people fled Tarsa.[12]")).text, "over 7,000 people fled Tarsa.");
    assert.equal(decodeArticleBytes(utf8("[2] the list [3 items]")).text, "[2] the list [3 items]");
  });
  it("reads UTF-16 big-endian with a byte-order mark", () => {
    assert.equal(decodeArticleBytes(new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69])).text, "Hi");
  });
  it("refuses invalid UTF-8 with the offset of the first bad byte", () => {
    assert.throws(() => decodeArticleBytes(new Uint8Array([0x61, 0x62, 0xe9, 0x63])), /not valid UTF-8 \(first bad byte at offset 2\)/);
  });
  it("reads Windows-1252 when lenient (ingest), saying so", () => {
    const { text, warnings } = decodeArticleBytes(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]), { lenient: true });
    assert.equal(text, "“café”");
    assert.match(warnings[0], /Windows-1252/);
  });
  it("reads UTF-16 without a byte-order mark when lenient", () => {
    const bytes = new Uint8Array([..."Shelling on Monday"].flatMap((c) => [c.charCodeAt(0), 0]));
    assert.equal(decodeArticleBytes(bytes, { lenient: true }).text, "Shelling on Monday");
    assert.throws(() => decodeArticleBytes(bytes), /UTF-16 without a byte-order mark/);
  });
  it("names common non-text files", () => {
    assert.throws(() => decodeArticleBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])), /JPEG image/);
    assert.throws(() => decodeArticleBytes(utf8("%PDF-1.7\n...")), /PDF document/);
    assert.throws(() => decodeArticleBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), /ZIP archive/);
  });
  it("throws only ArticleError, so callers can show the message as is", () => {
    try {
      decodeArticleBytes(new Uint8Array(0));
      assert.fail();
    } catch (e) {
      assert.ok(e instanceof ArticleError);
    }
  });
});

describe("front matter", () => {
  it("reads title, outlet, date and url", () => {
    const { meta, body } = splitFrontMatter("---\ntitle: T\noutlet: AFP\npublished: 2019-08-23\nurl: https://example.org/a\n---\nBody\n");
    assert.deepEqual({ ...meta }, { title: "T", outlet: "AFP", published: "2019-08-23", url: "https://example.org/a" });
    assert.equal(body, "Body\n");
  });
  it("accepts empty front matter", () => {
    assert.deepEqual(splitFrontMatter("---\n---\nBody"), { meta: {}, body: "Body" });
  });
  it("names a date that does not exist", () => {
    assert.throws(() => splitFrontMatter("---\npublished: 2019-02-30\n---\nx"), /'2019-02-30' is not a real date/);
    assert.equal(isRealDate("2020-02-29"), true);
    assert.equal(isRealDate("2019-02-29"), false);
  });
  it("names malformed YAML and non-mapping front matter", () => {
    assert.throws(() => splitFrontMatter("---\ntitle: [a\n---\nx"), /malformed front matter/);
    assert.throws(() => splitFrontMatter("---\n- a\n- b\n---\nx"), /expected 'key: value' lines/);
  });
  it("refuses a link that is not http(s)", () => {
    assert.throws(() => splitFrontMatter("---\nurl: javascript:alert(1)\n---\nx"), /not a web link/);
  });
  it("keeps unknown keys out of the way", () => {
    assert.equal(splitFrontMatter("---\nsource_file: a.html\n---\nx").body, "x");
  });
});

describe("article ids", () => {
  it("keeps safe names", () => assert.deepEqual(articleIdFor("004_c3d4dcb05a5fa5e3.txt"), { id: "004_c3d4dcb05a5fa5e3", renamed: false }));
  it("makes spaces, accents, other scripts and path tricks URL-safe", () => {
    for (const name of ["name with spaces.txt", "Maarat al-Nu‘man – été.md", "إدلب.txt", "..\\..\\x.txt", "..x.txt"]) {
      const { id, renamed } = articleIdFor(name);
      assert.match(id, /^[a-z0-9][a-z0-9-]*$/, name);
      assert.ok(renamed);
    }
  });
  it("keeps only the last part of a path, so an id never holds '/' or '..'", () => {
    assert.equal(articleIdFor("../../etc/passwd.txt").id, "passwd");
    assert.equal(articleIdFor("a/b.txt").id, "b");
  });
  it("gives composed and decomposed spellings of a name the same id", () => {
    assert.equal(articleIdFor("Mare\u0301 news.txt").id, articleIdFor("Mar\u00e9 news.txt").id);
  });
});
