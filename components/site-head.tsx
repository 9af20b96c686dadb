import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from '@/lib/discovery/security-policy';
import { ThemeScript } from './theme-script';

/** The classes on every page's `<body>`, in both routers. */
export const BODY_CLASS = 'min-h-screen bg-(--page-background) font-sans text-(--page-text) antialiased';

/** What every page's `<head>` carries before its own metadata: the policies and the theme script. */
export function SiteHead() {
  return (
    <>
      <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
      <meta name="referrer" content={REFERRER_POLICY} />
      <ThemeScript />
    </>
  );
}
