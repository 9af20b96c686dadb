import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps } from 'react';
import { withBasePath } from '@/lib/site-config';
import { Quote } from './quote';

/** The only components an entry or entity body may use. */
export const MDX_COMPONENTS = { Quote };

/** A Markdown link: one into the site (`/entries/…`) gets the path prefix; others pass as written. */
function BodyLink({ href, ...props }: ComponentProps<'a'>) {
  return <a {...props} href={href === undefined ? undefined : withBasePath(href)} />;
}

/**
 * Renders a compiled MDX body on the server. Rendering here, not in a client hook, keeps the
 * compiled code out of the browser bundle.
 */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
      {/* A server component renders once per page at build time: there is no state for a
          component made here to reset, which is what this rule guards against in client code. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content components={{ ...MDX_COMPONENTS, a: BodyLink }} />
    </div>
  );
}
