#!/usr/bin/env node
// The package's command line. The source is TypeScript, run through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
