/**
 * A compressing front for the project's static server, for `npm run bench:lighthouse`: a host
 * (GitHub Pages, Netlify, any CDN) sends HTML, CSS, JS and data gzipped, and Lighthouse's
 * simulated network times the bytes sent, so measuring uncompressed files would charge every page
 * for the test server, not the site. Passes everything else through unchanged.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createGzip } from 'node:zlib';

/** Content types a host compresses: text, scripts, data, SVG. */
export const compressible = (contentType: string): boolean =>
  /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/.test(contentType.toLowerCase());

/** Forwards each request to the server on `upstreamPort` and gzips what a host would. */
export function createGzipProxy(upstreamPort: number): Server {
  return createServer((request, response) => {
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers = { ...request.headers };
    delete headers['accept-encoding'];
    const upstream = httpRequest({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.url, headers, timeout: 60_000 }, (answer) => {
      const contentType = String(answer.headers['content-type'] ?? '');
      if (!acceptsGzip || !compressible(contentType) || answer.statusCode === 204 || answer.statusCode === 304) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const outgoing = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
      delete outgoing['content-length'];
      response.writeHead(answer.statusCode ?? 502, outgoing);
      answer.pipe(createGzip({ level: 9 })).pipe(response);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('the static server did not answer within 60 s')));
    upstream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(upstream);
  });
}
