import { initWasm, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import dejavuSans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';

// One instantiation per isolate; a failed one is retried by the next render rather than remembered.
let ready: Promise<void> | null = null;
const fontBuffers = [new Uint8Array(dejavuSans)];

function loadRenderer(): Promise<void> {
  ready ??= initWasm(resvgWasm).catch((err: unknown) => {
    ready = null;
    throw err;
  });
  return ready;
}

/**
 * A PNG of a filled banner SVG at `width` pixels wide. The Worker has no system fonts: every text is set in
 * DejaVu Sans (Latin, Cyrillic, Greek), whatever family the template names.
 */
export async function renderPng(svg: string, width: number): Promise<Uint8Array> {
  await loadRenderer();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontBuffers,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Sans',
      monospaceFamily: 'DejaVu Sans',
    },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
