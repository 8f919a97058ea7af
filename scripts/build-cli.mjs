// Compiles the CLI (src/cli/main.ts and the analysis it uses) into dist/backstory.mjs with esbuild, and copies
// the tagger's weights beside it: `backstory` then starts as plain JavaScript, with no TypeScript compiler
// loaded at run time. jsdom stays outside the bundle and is loaded only for HTML input.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = path.join(ROOT, 'assets/public/model/entities.bin');

/** Builds into `outdir` (default dist/), replacing what was there. */
export async function buildCli(outdir = path.join(ROOT, 'dist')) {
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { backstory: path.join(ROOT, 'src/cli/main.ts'), worker: path.join(ROOT, 'src/cli/worker.ts') },
    outdir,
    bundle: true,
    // Shared code is one chunk for the command and its worker threads; the HTML reader is its own chunk,
    // loaded (with jsdom) only when a page is read.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    external: ['jsdom'],
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  fs.copyFileSync(MODEL, path.join(outdir, 'entities.bin'));
  fs.chmodSync(path.join(outdir, 'backstory.mjs'), 0o755);
  return path.join(outdir, 'backstory.mjs');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli(process.argv[2]);
