/**
 * A small static file server for the built site in out/: `npm run serve` and the end-to-end
 * tests use it. It serves `dir/index.html` for `/dir/`, redirects `/dir` to `/dir/` as static
 * hosts do, and answers unknown paths with the site's own 404 page. A request it cannot read (a
 * broken address, bad percent-encoding, a NUL byte, malformed HTTP) gets 400 and the server keeps
 * serving; no path can reach a file outside the site folder, a sibling folder included.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * `basePath` (`/tracker`) serves a site built with a path prefix as a static host would: the
 * folder's files under the prefix, nothing outside it.
 */
/** The request's path, decoded, or undefined when it cannot be read as one. */
function requestPath(raw: string | undefined): { url: URL; pathname: string } | undefined {
  try {
    const url = new URL(raw ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    return pathname.includes('\0') ? undefined : { url, pathname };
  } catch {
    return undefined;
  }
}

/** True when `file` is `base` or inside it; `out-subpath` is not inside `out`. */
export function isInside(base: string, file: string): boolean {
  return file === base || file.startsWith(base.endsWith(path.sep) ? base : `${base}${path.sep}`);
}

const badRequest = (response: ServerResponse) =>
  response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');

export function createStaticServer(root: string, basePath = ''): Server {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  // Malformed HTTP from a client: answer 400 on that connection, keep the server up.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requested = requestPath(request.url);
    if (!requested) {
      badRequest(response);
      return;
    }
    const { url } = requested;
    let { pathname } = requested;
    if (basePath) {
      if (pathname === basePath) {
        response.writeHead(308, { Location: `${basePath}/${url.search}` }).end();
        return;
      }
      if (!pathname.startsWith(`${basePath}/`)) {
        // Outside the prefix there is nothing: the site's 404 page answers.
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        createReadStream(path.join(base, '404.html')).on('error', () => response.end()).pipe(response);
        return;
      }
      pathname = pathname.slice(basePath.length);
    }
    const file = path.join(base, pathname);
    // Refuse anything that resolves outside the site folder (`/../out-subpath/` included).
    if (!isInside(base, file)) {
      response.writeHead(403).end();
      return;
    }

    let target: string | undefined;
    let status = 200;
    if (pathname.endsWith('/') && (await isFile(path.join(file, 'index.html')))) {
      target = path.join(file, 'index.html');
    } else if (!pathname.endsWith('/') && (await isFile(file))) {
      target = file;
    } else if (!pathname.endsWith('/') && (await isFile(path.join(file, 'index.html')))) {
      response.writeHead(308, { Location: `${basePath}${pathname}/${url.search}` }).end();
      return;
    } else {
      target = path.join(base, '404.html');
      status = 404;
    }

    response.writeHead(status, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).on('error', () => response.end()).pipe(response);
  }
}
