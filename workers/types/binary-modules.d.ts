// Wrangler (and the vitest workers pool, which reads wrangler.toml) import .wasm files as compiled modules and,
// by the [[rules]] of wrangler.toml, .ttf files as their bytes.
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

declare module '*.ttf' {
  const bytes: ArrayBuffer;
  export default bytes;
}
