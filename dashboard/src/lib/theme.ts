import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  mergeThemeOverrides,
} from '@mantine/core';
import { brandScale } from './brand-scale';
import notificationClasses from './notification.module.css';
import switchClasses from './switch.module.css';

/**
 * Iris, the product's own colour: a blue-violet that no default Mantine app wears. Shade 8 is the one filled
 * buttons and light-scheme links use (6.4:1 with white); shade 4 is the dark scheme's link colour (5.5:1 on
 * the dark body). Measured with the WCAG formula, as axe does.
 */
export const IRIS: MantineColorsTuple = [
  '#f4f2ff',
  '#e6e1ff',
  '#cdc4fe',
  '#b2a5fb',
  '#9b8bf8',
  '#8773f4',
  '#7760ef',
  '#6a52e6',
  '#5c45d6',
  '#4b36b8',
];

// Light badges and alerts print shade 9 on shade 1; Mantine's own shade 9 of these stays under 4.5:1 there.
const darkestShade = (name: 'green' | 'teal' | 'lime' | 'yellow' | 'orange', shade9: string): MantineColorsTuple =>
  [...DEFAULT_THEME.colors[name].slice(0, 9), shade9] as unknown as MantineColorsTuple;

/** Colours that carry a status (paid, failed, waiting) and print as text: `c="red"` reads shade 9 in light. */
const STATUS_COLORS = ['red', 'green', 'teal', 'lime', 'yellow', 'orange', 'grape', 'cyan', 'violet'] as const;

export const theme = createTheme({
  colors: {
    iris: IRIS,
    green: darkestShade('green', '#1e6b30'),
    teal: darkestShade('teal', '#066449'),
    lime: darkestShade('lime', '#3d6608'),
    yellow: darkestShade('yellow', '#7a4600'),
    orange: darkestShade('orange', '#a63a0c'),
  },
  primaryColor: 'iris',
  // Modals, drawers, menus and the navbar open without sliding for those who ask their system for less motion.
  respectReducedMotion: true,
  // Shade 8 in both schemes keeps white text on filled buttons above 4.5:1 (red.8 too, which shade 7 is not).
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace',
  // One step between levels, so a page title, a section and a card title never look alike.
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25', fontWeight: '700' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.125rem', lineHeight: '1.35' },
      h4: { fontSize: '1rem', lineHeight: '1.4' },
      h5: { fontSize: '0.875rem', lineHeight: '1.45' },
      h6: { fontSize: '0.75rem', lineHeight: '1.5' },
    },
  },
  components: {
    // Every switch: off at full contrast, disabled faded and dashed (switch.module.css); toasts' text at 4.5:1.
    Switch: { classNames: switchClasses },
    Notification: { classNames: notificationClasses },
    Button: { defaultProps: { fw: 600 } },
    // Sentence case reads faster than Mantine's capitals and keeps Russian statuses short enough for a card; a
    // status beside a long name keeps its width (the name wraps) instead of being cut to "Актив…".
    Badge: {
      defaultProps: { radius: 'sm' },
      styles: { root: { textTransform: 'none', fontWeight: 600, flexShrink: 0 } },
    },
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md', withBorder: true } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    // A table wider than a phone scrolls in its container; the keyboard must reach it (axe: scrollable-region-focusable).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // Mantine's default dimmed grey (gray.6) is below 4.5:1 on white; gray.7 passes.
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Mantine's error red (shade 6) is under 4.5:1 on white, shade 8 only just; shade 9 passes with room.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A status word in text reads shade 9 (the darkened ones above) rather than the pale filled shade.
    ...Object.fromEntries(STATUS_COLORS.map((c) => [`--mantine-color-${c}-text`, `var(--mantine-color-${c}-9)`])),
  },
  // The dark scheme keeps Mantine's text shade 4 of each colour: light on the dark body. Its error red
  // (shade 8) is 3.4:1 there; shade 5 is over 5:1.
  dark: {
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    // Mantine's dark dimmed (dark.2, #828282) is 4.2:1 on the dark body; this grey is 5.8:1 there, 5.1:1 on cards.
    '--mantine-color-dimmed': '#a3a3a3',
  },
});

/**
 * The theme with an advertiser's brand colour as primary on its portal. The colour itself sits at shade 8 (the
 * one filled buttons and links use), lighter tints below it for light variants, hovers and dark-scheme links.
 */
export function brandTheme(primaryColor: string | null) {
  const scale = brandScale(primaryColor);
  if (!scale) return theme;
  return mergeThemeOverrides(theme, { colors: { brand: scale }, primaryColor: 'brand' });
}
