import { describe, expect, test } from 'vitest';
import { sniffImageType } from './image-type';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniffImageType', () => {
  test.each([
    { label: 'PNG', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), type: 'image/png' },
    { label: 'JPEG', input: bytes(0xff, 0xd8, 0xff, 0xe0), type: 'image/jpeg' },
    { label: 'WebP', input: ascii('RIFF\x10\x00\x00\x00WEBPVP8 '), type: 'image/webp' },
    { label: 'ICO', input: bytes(0x00, 0x00, 0x01, 0x00, 0x01, 0x00), type: 'image/x-icon' },
    { label: 'SVG', input: ascii('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), type: null },
    { label: 'HTML', input: ascii('<!doctype html><script>alert(1)</script>'), type: null },
    { label: 'a GIF', input: ascii('GIF89a......'), type: null },
    { label: 'a RIFF that is not WebP', input: ascii('RIFF\x10\x00\x00\x00WAVEfmt '), type: null },
    { label: 'a truncated PNG signature', input: new Uint8Array([0x89, 0x50, 0x4e]), type: null },
    { label: 'nothing', input: new Uint8Array(), type: null },
    { label: 'ICO with zero images', input: bytes(0x00, 0x00, 0x01, 0x00, 0x00, 0x00), type: null },
  ])('$label → $type', ({ input, type }) => expect(sniffImageType(input)).toBe(type));
});
