// wrangler.toml's Data rule imports .ttf files as their bytes (the PDF fonts).
declare module '*.ttf' {
  const bytes: ArrayBuffer;
  export default bytes;
}
