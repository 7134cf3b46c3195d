import encodeQR from 'qr';

/**
 * A QR code of `text` as one SVG path over a `size`×`size` grid of modules, with the standard four-module quiet
 * zone. Each row's runs of dark modules are one path segment, which keeps a referral link's code near 2 KB.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  // The library's border is the quiet zone, in modules.
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { size: modules.length, path };
}

/** A QR code of `text` as an SVG image data URL: dark modules on a white square, so it scans on a dark page too. */
export function qrCodeSvgDataUrl(text: string): string {
  const { size, path } = qrCodePath(text);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}
