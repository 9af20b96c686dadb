/**
 * The hash of what each output of a dynamic route is rendered from. A page's HTML is a function
 * of its URL, its props and the code (its frame reads no content: components/static-page.tsx),
 * so a page whose props hash the same as in the previous build, built from the same code, would
 * come out byte for byte the same. A route handler's file is its response, hashed whole.
 */
import { createHash } from 'node:crypto';
import type { DynamicRoute } from './dynamic-routes';
import type { RouteOutputs } from './export-state';
import { routePath, type RouteParams } from './route-paths';

type PageModule = {
  getStaticPaths: (context: object) => Promise<{ paths: (string | { params: RouteParams })[] }> | { paths: (string | { params: RouteParams })[] };
  getStaticProps: (context: { params: RouteParams }) => Promise<unknown> | unknown;
};
type HandlerModule = {
  generateStaticParams: () => Promise<RouteParams[]> | RouteParams[];
  GET: (request: Request, context: { params: Promise<RouteParams> }) => Promise<Response> | Response;
};

const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('base64url');
};

function isPageModule(value: unknown): value is PageModule {
  const routeModule = value as Partial<PageModule> | null;
  return typeof routeModule?.getStaticPaths === 'function' && typeof routeModule.getStaticProps === 'function';
}

function isHandlerModule(value: unknown): value is HandlerModule {
  const routeModule = value as Partial<HandlerModule> | null;
  return typeof routeModule?.generateStaticParams === 'function' && typeof routeModule.GET === 'function';
}

/** Next's notFound() throws an error with this digest; the output then does not exist. */
const isNotFound = (error: unknown) => typeof (error as { digest?: unknown } | null)?.digest === 'string' && (error as { digest: string }).digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404');

/** A page's outputs: getStaticPaths' paths, each hashed from getStaticProps' result. */
async function pageOutputs(route: DynamicRoute, routeModule: PageModule, part: Part): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const { paths } = await routeModule.getStaticPaths({});
  for (const [index, entry] of paths.entries()) {
    if (index % part.of !== part.index) continue;
    if (typeof entry === 'string') throw new Error(`${route.file}: getStaticPaths returns a path as a string (${entry}); return { params } instead`);
    const result = (await routeModule.getStaticProps({ params: entry.params })) as { notFound?: boolean };
    if (result.notFound) continue;
    outputs[routePath(route.pattern, entry.params)] = digest(JSON.stringify(result));
  }
  return outputs;
}

/** A route handler's outputs: generateStaticParams' params, each hashed from its response. */
async function fileOutputs(route: DynamicRoute, routeModule: HandlerModule, part: Part): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const params = await routeModule.generateStaticParams();
  for (const [index, value] of params.entries()) {
    if (index % part.of !== part.index) continue;
    const urlPath = routePath(route.pattern, value);
    try {
      const response = await routeModule.GET(new Request(`http://localhost${urlPath}`), { params: Promise.resolve(value) });
      const body = new Uint8Array(await response.arrayBuffer());
      outputs[urlPath] = digest(`${response.status} ${response.headers.get('content-type') ?? ''}\n`, body);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return outputs;
}

/** One share of the work when it is split among processes: the outputs whose index modulo `of` is `index`. */
export interface Part {
  index: number;
  of: number;
}

/** The outputs of `route`, whose routeModule is `routeModule`, and their hashes. */
export async function hashRouteOutputs(route: DynamicRoute, routeModule: unknown, part: Part = { index: 0, of: 1 }): Promise<RouteOutputs> {
  if (route.kind === 'page') {
    if (!isPageModule(routeModule)) throw new Error(`${route.file}: a dynamic page needs getStaticPaths and getStaticProps`);
    return { kind: route.kind, outputs: await pageOutputs(route, routeModule, part) };
  }
  if (!isHandlerModule(routeModule)) throw new Error(`${route.file}: a dynamic route handler needs generateStaticParams and GET`);
  return { kind: route.kind, outputs: await fileOutputs(route, routeModule, part) };
}
