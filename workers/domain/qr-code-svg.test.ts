import encodeQR from 'qr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvgDataUrl } from './qr-code-svg';

const svgOf = (dataUrl: string) => atob(dataUrl.replace(/^data:image\/svg\+xml;base64,/, ''));

/** The dark modules the SVG paints, read back from its path: one `Mx yhNv1h-Nz` per run of a row. */
function paintedModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
    for (let i = 0; i < Number(run); i++) grid[Number(y)]![Number(x) + i] = true;
  return grid;
}

describe('qrCodeSvgDataUrl', () => {
  it.each([
    'http://localhost:8787/aff/alice-1',
    'https://track.podruga.example/aff/anna-petrova-7f3k?utm_source=embed',
    'https://t.example/aff/Ωmega',
  ])('paints exactly the modules of %s, inside a four-module quiet zone on white', (link) => {
    const svg = svgOf(qrCodeSvgDataUrl(link));
    const expected = encodeQR(link, 'raw', { ecc: 'medium', border: 4 });
    const painted = paintedModules(svg);
    expect(painted).toEqual(expected);
    // Nothing painted in the quiet zone.
    expect(painted.slice(0, 4).flat().some(Boolean)).toBe(false);
    expect(painted.flatMap((row) => row.slice(-4)).some(Boolean)).toBe(false);
    expect(svg).toContain('fill="#fff"');
  });

  it('keeps a referral link’s code small', () => {
    expect(qrCodeSvgDataUrl('https://track.podruga.example/aff/anna-petrova-7f3k').length).toBeLessThan(8_000);
  });
});
