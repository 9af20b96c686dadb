/** The server behind `npm start` and `npm run serve`: contained to its folder, and robust. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, isInside } from '@/lib/static-server';

const dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
const site = path.join(dir, 'out');
mkdirSync(path.join(site, 'about'), { recursive: true });
writeFileSync(path.join(site, 'about', 'index.html'), '<p>About</p>');
writeFileSync(path.join(site, '404.html'), '<p>Not found</p>');
// A sibling folder whose name starts with the site folder's name.
mkdirSync(path.join(dir, 'out-secret'));
writeFileSync(path.join(dir, 'out-secret', 'key.txt'), 'SECRET');

const server = createStaticServer(site);
let port = 0;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), resolve()))));
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (no normalising of `..`). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, timeout: 10_000 }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes sent on a raw connection, and the first line of what comes back. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let reply = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no reply')));
    socket.on('data', (chunk) => (reply += chunk.toString()));
    socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('static server', () => {
  it('serves pages and the 404 page', async () => {
    expect(await get('/about/')).toEqual({ status: 200, body: '<p>About</p>' });
    expect((await get('/nowhere/')).status).toBe(404);
  });

  it('never serves a file from a sibling folder whose name starts with the site folder\'s', async () => {
    for (const attempt of ['/../out-secret/key.txt', '/..%2fout-secret/key.txt', '/%2e%2e/out-secret/key.txt']) {
      const { status, body } = await get(attempt);
      expect(body, attempt).not.toContain('SECRET');
      expect([403, 404], attempt).toContain(status);
    }
    expect(isInside('/srv/out', '/srv/out-secret/key.txt')).toBe(false);
    expect(isInside('/srv/out', '/srv/out/about/index.html')).toBe(true);
  });

  it('answers malformed requests with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/about/%00')).status).toBe(400);
    expect(await raw('GARBAGE\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect((await get('/about/')).status).toBe(200);
  });
});
