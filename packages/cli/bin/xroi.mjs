#!/usr/bin/env node
// The `xroi` command. Runs the TypeScript source through tsx, like every other workspace package.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
