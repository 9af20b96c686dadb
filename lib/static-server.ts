/**
 * A small static file server for the built site in out/: `npm run serve` and the end-to-end
 * tests use it. It serves `dir/index.html` for `/dir/`, redirects `/dir` to `/dir/` as static
 * hosts do, and answers unknown paths with the site's own 404 page.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
export function createStaticServer(root: string, basePath = ''): Server {
  const base = path.resolve(root);
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
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
    // Refuse anything that resolves outside the site folder.
    if (!file.startsWith(base)) {
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
  });
}
