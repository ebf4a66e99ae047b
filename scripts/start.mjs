// `npm start`: bundles src/main.ts with esbuild (a fraction of a second) and runs it in this
// process. Running TypeScript through a loader costs a second thread and about 40 MB for the life
// of the bot; the bundle costs nothing after start. Dependencies stay in node_modules.
import { build } from "esbuild";

const outfile = new URL("../dist/main.mjs", import.meta.url);
await build({
  entryPoints: [new URL("../src/main.ts", import.meta.url).pathname],
  outfile: outfile.pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
await import(outfile.href);
