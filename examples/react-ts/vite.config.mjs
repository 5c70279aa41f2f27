// Builds the React + TypeScript example into examples/react-ts/dist/ (`node examples/build.mjs`,
// after its `tsc` check: Vite strips the types without checking them).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the built page works from any folder (here /examples/react-ts/dist/).
  base: './',
  logLevel: 'warn',
  resolve: {
    // Inside this repository the package is not in node_modules: point its entries at the build
    // in dist/, as package.json "exports" does (`./<tag>.js` -> `./dist/<tag>.js`). In your app,
    // `npm install leg-health-widgets` and drop this alias. (The type-only imports, such as
    // `leg-health-widgets/react`, are gone before Vite resolves anything.)
    alias: [{ find: /^leg-health-widgets\/(.+)$/, replacement: `${repo}dist/$1` }],
  },
  // TSX with React's automatic runtime (what @vitejs/plugin-react also sets up).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
