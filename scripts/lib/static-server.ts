/**
 * A minimal static server for dist/. `plain` serves files as they are named, as any static host
 * does (only a folder gets its index.html); without it, Framework's clean URLs (/casualties →
 * casualties.html) are resolved too.
 */
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".woff2": "font/woff2"
};

export function resolveRequest(dir: string, url: string, {plain = false} = {}): string | null {
  const path = normalize(decodeURIComponent(new URL(url, "http://x").pathname));
  if (path.includes("..")) return null;
  for (const candidate of plain ? [path, join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")]) {
    const file = join(dir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export function serveStatic(dir: string, port = 0, {plain = false} = {}): Promise<{server: Server; url: string}> {
  const server = createServer((req, res) => {
    const file = resolveRequest(dir, req.url ?? "/", {plain});
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({server, url: `http://127.0.0.1:${actual}`});
    });
  });
}
