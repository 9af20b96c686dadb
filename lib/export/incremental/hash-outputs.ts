/**
 * How a dynamic route's outputs are hashed, for render-plan.ts. A page's HTML is a function of
 * its URL, its props and the code (its frame reads no content: components/static-page.tsx), so a
 * page whose props hash the same as in the previous build, built from the same code, would come
 * out byte for byte the same. A route handler's file is its response, hashed whole.
 */
import { createHash } from 'node:crypto';
import type { RouteOutput } from './render-plan';
import type { RouteParams } from './route-paths';

const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('base64url');
};

/** Next's notFound() throws an error with this digest; the output then does not exist. */
const isNotFound = (error: unknown) => {
  const found = (error as { digest?: unknown } | null)?.digest;
  return typeof found === 'string' && found.startsWith('NEXT_HTTP_ERROR_FALLBACK;404');
};

/** A page's outputs, hashed from what its getStaticProps returns. */
export function pageOutput<T extends RouteParams>(getStaticProps: (context: { params?: T }) => unknown): RouteOutput<T> {
  return {
    kind: 'page',
    hash: async (params) => {
      const result = (await getStaticProps({ params })) as { notFound?: boolean };
      return result.notFound ? undefined : digest(JSON.stringify(result));
    },
  };
}

/** A route handler's files, hashed from the response its GET gives: status, type and body. */
export function fileOutput<T extends RouteParams>(GET: (request: Request, context: { params: Promise<T> }) => Response | Promise<Response>): RouteOutput<T> {
  return {
    kind: 'file',
    hash: async (params, urlPath) => {
      try {
        const response = await GET(new Request(`http://localhost${urlPath}`), { params: Promise.resolve(params) });
        const body = new Uint8Array(await response.arrayBuffer());
        return digest(`${response.status} ${response.headers.get('content-type') ?? ''}\n`, body);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
  };
}
