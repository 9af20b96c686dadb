/** `npm run serve`: serves the built site in out/ on http://localhost:3000 (PORT to change). */
import { existsSync } from 'node:fs';
import { createStaticServer } from '../lib/static-server';

const root = 'out';
if (!existsSync(`${root}/index.html`)) {
  console.error('out/ has no built site yet: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
createStaticServer(root).listen(port, () => {
  console.log(`Serving out/ on http://localhost:${port}`);
});
