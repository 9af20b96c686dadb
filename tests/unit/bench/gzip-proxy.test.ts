/** `npm run bench:lighthouse` serves the site gzipped, as a host would: text compressed, images and 404s kept right. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressible, createGzipProxy } from '@/lib/bench/gzip-proxy';
import { createStaticServer } from '@/lib/static-server';

const page = `<!doctype html><title>About</title>${'<p>Facial recognition policy.</p>'.repeat(200)}`;
const servers: Server[] = [];
let root = '';
let base = '';

const listen = async (server: Server) => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gzip-proxy-'));
  mkdirSync(path.join(root, 'about'));
  writeFileSync(path.join(root, 'about', 'index.html'), page);
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(path.join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  base = `http://127.0.0.1:${await listen(createGzipProxy(await listen(createStaticServer(root))))}`;
});

afterAll(async () => {
  for (const server of servers.reverse()) await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

/** The raw response, undecoded (fetch would gunzip it out of sight). */
async function get(pathname: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(`${base}${pathname}`, { headers: { 'accept-encoding': acceptEncoding }, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('gzip proxy', () => {
  it('sends a page gzipped to a browser that accepts it, and the page unzips whole', async () => {
    const answer = await get('/about/', 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(answer.body).toString()).toBe(page);
  });

  it('sends the page as it is to a client that does not accept gzip, and images as they are', async () => {
    const plain = await get('/about/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    const image = await get('/icon.png', 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("keeps the static server's status and redirects", async () => {
    const missing = await get('/no-such-page/', 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('Not found');
    const redirect = await get('/about', 'gzip');
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe('/about/');
  });

  it('compresses text, scripts, data and SVG, not images or fonts', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'text/plain']) expect(compressible(type)).toBe(true);
    for (const type of ['image/png', 'font/woff2', 'application/octet-stream', '']) expect(compressible(type)).toBe(false);
  });
});
