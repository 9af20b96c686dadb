import { runSync } from '@mdx-js/mdx';
import type { ComponentProps } from 'react';
import * as runtime from 'react/jsx-runtime';
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
 * compiled code out of the browser bundle. The code is the content step's output
 * (lib/content-build/compile-body.ts): a function body that @mdx-js/mdx runs with React's runtime;
 * the step's guard has refused anything in a body that would run as code.
 */
export function MdxContent({ code }: { code: string }) {
  const { default: Content } = runSync(code, runtime);
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
      <Content components={{ ...MDX_COMPONENTS, a: BodyLink }} />
    </div>
  );
}
