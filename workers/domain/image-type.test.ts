import { describe, expect, test } from 'vitest';
import { brandImageType, creativeImageType, sniffImageType } from './image-type';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const GIF = ascii('GIF89a\x01\x00\x01\x00');
const WEBP = ascii('RIFF\x10\x00\x00\x00WEBPVP8 ');
const ICO = bytes(0x00, 0x00, 0x01, 0x00, 0x01, 0x00);
const SVG = ascii('<svg xmlns="http://www.w3.org/2000/svg"></svg>');

describe('sniffImageType', () => {
  test.each([
    { label: 'PNG', input: PNG, type: 'image/png' },
    { label: 'JPEG', input: JPEG, type: 'image/jpeg' },
    { label: 'GIF89a', input: GIF, type: 'image/gif' },
    { label: 'GIF87a', input: ascii('GIF87a\x01\x00\x01\x00'), type: 'image/gif' },
    { label: 'WebP', input: WEBP, type: 'image/webp' },
    { label: 'ICO', input: ICO, type: 'image/x-icon' },
    { label: 'SVG', input: SVG, type: null },
    { label: 'HTML', input: ascii('<!doctype html><script>alert(1)</script>'), type: null },
    { label: 'a GIF-like text that is not GIF87a/89a', input: ascii('GIF88a......'), type: null },
    { label: 'a RIFF that is not WebP', input: ascii('RIFF\x10\x00\x00\x00WAVEfmt '), type: null },
    { label: 'a truncated PNG signature', input: new Uint8Array([0x89, 0x50, 0x4e]), type: null },
    { label: 'nothing', input: new Uint8Array(), type: null },
    { label: 'ICO with zero images', input: bytes(0x00, 0x00, 0x01, 0x00, 0x00, 0x00), type: null },
  ])('$label → $type', ({ input, type }) => expect(sniffImageType(input)).toBe(type));
});

describe('what a brand file and a creative may be', () => {
  test.each([
    { label: 'PNG', input: PNG, brand: 'image/png', creative: 'image/png' },
    { label: 'JPEG', input: JPEG, brand: 'image/jpeg', creative: 'image/jpeg' },
    { label: 'WebP', input: WEBP, brand: 'image/webp', creative: 'image/webp' },
    { label: 'GIF: a banner may animate, a logo may not', input: GIF, brand: null, creative: 'image/gif' },
    { label: 'ICO: a favicon, never a banner', input: ICO, brand: 'image/x-icon', creative: null },
    { label: 'SVG: neither', input: SVG, brand: null, creative: null },
  ])('$label', ({ input, brand, creative }) => {
    expect(brandImageType(input)).toBe(brand);
    expect(creativeImageType(input)).toBe(creative);
  });
});
