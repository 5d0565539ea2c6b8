// Runs `prisma generate` offline. The CLI tries to download the native schema-engine
// unless PRISMA_SCHEMA_ENGINE_BINARY points at an existing file; generate never runs it,
// so any existing path will do (see shared notes: prisma-offline.md).
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
