// A small static file server for the browser tests and the benchmark: serves a
// built site from a folder under a path prefix on 127.0.0.1, like an intranet
// web server would (index.html for folders, the site's 404 page otherwise), and
// compresses text with gzip when the browser accepts it, as IIS and nginx are
// set up to do (README, «Publisering på intranett under en underkatalog»). Bare Starlight is served
// the same way in the bench.
// Usage: node test/support/serve.mjs <folder> <port> [prefix]
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** The types that are sent compressed (Pagefind's own files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

export function serve(folder, port, prefix = '/') {
  const gzipped = new Map();
  const root = resolve(folder);
  const base = '/' + prefix.replace(/^\/+|\/+$/g, '') + (prefix.replace(/\//g, '') ? '/' : '');
  const fileFor = (urlPath) => {
    let path = decodeURIComponent(urlPath);
    if (!path.startsWith(base)) return null;
    path = normalize(join(root, path.slice(base.length)));
    if (!path.startsWith(root)) return null;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) path = join(path, 'index.html');
      statSync(path);
      return path;
    } catch {
      try {
        const html = path + '.html';
        statSync(html);
        return html;
      } catch {
        return null;
      }
    }
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { location: base });
      res.end();
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] });
      try {
        createReadStream(join(root, '404.html')).pipe(res);
      } catch {
        res.end('404');
      }
      return;
    }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' };
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipped.get(file));
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [folder = 'dist', port = '4321', prefix = '/'] = process.argv.slice(2);
  await serve(folder, Number(port), prefix);
  console.log(`Serverer ${folder} på http://127.0.0.1:${port}${prefix}`);
}
