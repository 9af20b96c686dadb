/**
 * Sets the theme class before the first paint, so a reader who chose dark never sees a white
 * flash. The choice lives in localStorage; with none, the system preference decides.
 */
const script = `try{var t=localStorage.getItem('theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
