import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

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
});

// Mantine's default dimmed grey (gray.6) is below 4.5:1 on white; gray.7 passes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
