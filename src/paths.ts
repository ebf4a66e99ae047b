import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's own files (locales, migrations, the demo ledger) found from its root, so the same
 * code reads them when run from src/ through tsx and when bundled into dist/.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("taizhang: cannot find the project root (package.json)");
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();

export const projectPath = (...parts: string[]) => join(projectRoot, ...parts);
