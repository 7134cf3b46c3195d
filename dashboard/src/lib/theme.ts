import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  defaultVariantColorsResolver,
  mergeThemeOverrides,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';
import notificationClasses from './notification.module.css';
import switchClasses from './switch.module.css';

// Light badges, alerts and buttons print shade 6 on a pale tint by default, under 4.5:1 for green,
// orange and yellow. They print shade 9 here, darkened where Mantine's own shade 9 stays under 4.5:1
// on that tint (measured with axe-core's contrast check).
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  return parsed.isThemeColor ? { ...resolved, color: `var(--mantine-color-${parsed.color}-9)` } : resolved;
};

const darkestShade = (name: 'green' | 'teal' | 'lime' | 'yellow' | 'orange', shade9: string): MantineColorsTuple =>
  [...DEFAULT_THEME.colors[name].slice(0, 9), shade9] as unknown as MantineColorsTuple;

export const theme = createTheme({
  colors: {
    green: darkestShade('green', '#1e6b30'),
    teal: darkestShade('teal', '#066449'),
    lime: darkestShade('lime', '#3d6608'),
    yellow: darkestShade('yellow', '#7a4600'),
    orange: darkestShade('orange', '#a63a0c'),
  },
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and link text above the 4.5:1 contrast ratio.
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  variantColorResolver,
  // Every switch: off at full contrast, disabled faded and dashed (switch.module.css); toasts' text at 4.5:1.
  components: { Switch: { classNames: switchClasses }, Notification: { classNames: notificationClasses } },
});

// Mantine's default dimmed grey (gray.6) is below 4.5:1 on white; gray.7 passes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

const mix = (hex: string, target: number, weight: number): string => {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(c + (target - c) * weight));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

/**
 * The theme with an advertiser's brand colour as primary. The colour itself sits at shade 8 (the one
 * filled buttons and links use), lighter tints below it for light variants and hovers.
 */
export function brandTheme(primaryColor: string | null) {
  if (!primaryColor || !/^#[0-9a-f]{6}$/i.test(primaryColor)) return theme;
  const weights = [0.92, 0.84, 0.72, 0.6, 0.48, 0.36, 0.24, 0.12];
  const tuple = [...weights.map((w) => mix(primaryColor, 255, w)), primaryColor, mix(primaryColor, 0, 0.2)];
  return mergeThemeOverrides(theme, {
    colors: { brand: tuple as unknown as MantineColorsTuple },
    primaryColor: 'brand',
  });
}
