import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** Module types of the files `wrangler deploy --outdir` writes (wrangler.toml's rules and wrangler's defaults). */
const MODULE_TYPES = { '.js': 'ESModule', '.wasm': 'CompiledWasm', '.ttf': 'Data' } as const;
/** Files beside the bundle that are not modules. */
const NOT_MODULES = new Set(['.map', '.md']);

/**
 * Every module of the bundle, the entry first. Given only the entry (`modules: true`), Miniflare parses the
 * whole bundle (8 MB) with acorn to find its imports: 5.7–6.9 s of Node CPU per boot, 1.5 s with the list, in
 * every e2e file. A file of an unknown kind fails the boot here rather than as a missing module at run time.
 */
export function bundleModules(script: string) {
  const dir = dirname(script);
  const names = readdirSync(dir).filter((name) => !NOT_MODULES.has(extname(name)));
  return [script, ...names.map((name) => join(dir, name)).filter((path) => path !== script)].map((path) => {
    const type = MODULE_TYPES[extname(path) as keyof typeof MODULE_TYPES];
    if (!type) throw new Error(`${path}: no module type for this file of the Worker bundle`);
    return { type, path, contents: readFileSync(path) };
  });
}
