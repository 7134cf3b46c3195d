import type { MantineColorsTuple } from '@mantine/core';

const mix = (hex: string, target: number, weight: number): string => {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(c + (target - c) * weight));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

/** Ten shades around an advertiser's colour (#rrggbb) with the colour itself at 8; null for anything else. */
export function brandScale(primaryColor: string | null): MantineColorsTuple | null {
  if (!primaryColor || !/^#[0-9a-f]{6}$/i.test(primaryColor)) return null;
  const weights = [0.92, 0.84, 0.72, 0.6, 0.48, 0.36, 0.24, 0.12];
  return [
    ...weights.map((w) => mix(primaryColor, 255, w)),
    primaryColor,
    mix(primaryColor, 0, 0.2),
  ] as unknown as MantineColorsTuple;
}
