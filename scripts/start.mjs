// `npm start`: bundles src/main.ts with esbuild (a fraction of a second) and runs it in this
// process. Running TypeScript through a loader costs a second thread and about 40 MB for the life
// of the bot; the bundle costs nothing after start. Dependencies stay in node_modules.
import { renameSync } from "node:fs";
import { build } from "esbuild";

const outfile = new URL("../dist/main.mjs", import.meta.url);
// Written aside and renamed into place: two instances started at once from one checkout never
// load a bundle the other is half-way through writing.
const written = new URL(`../dist/main.${process.pid}.tmp.mjs`, import.meta.url);
await build({
  entryPoints: [new URL("../src/main.ts", import.meta.url).pathname],
  outfile: written.pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
renameSync(written, outfile);
await import(outfile.href);
