import { Box, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textOn } from '@/lib/text-on';
import { IRIS } from '@/lib/theme';

/** What the preview shows: the form's values as typed, and the images as chosen (not yet uploaded too). */
export type BrandLook = {
  name: string;
  /** A valid #rrggbb, or null for the default colour. */
  color: string | null;
  logoSrc: string | null;
  faviconSrc: string | null;
  supportEmail: string;
};

// The portal's primary colour when the brand sets none: the product's own (Iris, the shade buttons use).
const DEFAULT_COLOR = IRIS[8];

// The mock portal is drawn on light grounds (white, gray.0) in either scheme of the dashboard, so its text keeps
// the light scheme's colours too; the dark scheme's light text would vanish on them.
const LIGHT_MOCK = {
  overflow: 'hidden',
  color: 'var(--mantine-color-black)',
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
} as CSSProperties;

function Logo({ src, height }: { src: string | null; height: number }) {
  // The name is written beside it: the image is decoration, as in the portal's own header.
  return src ? <Image src={src} alt="" h={height} w="auto" maw={120} fit="contain" /> : null;
}

function Frame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Paper withBorder radius="md" bg="white" style={LIGHT_MOCK}>
        {children}
      </Paper>
    </Stack>
  );
}

/**
 * The brand as affiliates will meet it: the portal header with its browser tab, the sign-in card and an email
 * header. Mock-ups only (no controls), and never the platform's name.
 */
export function BrandPreview({ look }: { look: BrandLook }) {
  const { t } = useTranslation('orgbrand');
  const color = look.color ?? DEFAULT_COLOR;
  const onColor = textOn(color);
  return (
    <Stack gap="md" data-testid="brand-live-preview">
      <Frame label={t('preview.tab')}>
        <Group gap={8} px="sm" py={6} bg="gray.1" wrap="nowrap" data-testid="preview-tab">
          {look.faviconSrc ? (
            <Image src={look.faviconSrc} alt="" w={16} h={16} fit="contain" data-testid="preview-favicon" />
          ) : (
            <Box w={16} h={16} bg="gray.4" style={{ borderRadius: 3 }} />
          )}
          <Text size="xs" truncate>
            {look.name}
          </Text>
        </Group>
      </Frame>
      <Frame label={t('preview.header')}>
        <Group
          h={52}
          px="md"
          justify="space-between"
          wrap="nowrap"
          bg="white"
          style={{ borderBottom: `3px solid ${color}` }}
          data-testid="preview-header"
        >
          <Group gap={8} wrap="nowrap" miw={0}>
            <Logo src={look.logoSrc} height={26} />
            <Text fw={700} truncate data-testid="preview-name">
              {look.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="xs">
            <Text size="sm" fw={600} style={{ color: 'var(--mantine-color-dark-7)' }}>
              {t('preview.navStats')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('preview.navPrograms')}
            </Text>
          </Group>
        </Group>
      </Frame>
      <Frame label={t('preview.login')}>
        <Stack gap="xs" p="md" bg="gray.0">
          <Title order={3} fz="h4">
            {t('preview.loginTitle')}
          </Title>
          <Text size="sm">{t('preview.loginLead', { name: look.name })}</Text>
          {[t('preview.email'), t('preview.password')].map((label) => (
            <Stack gap={2} key={label}>
              <Text size="xs" fw={500}>
                {label}
              </Text>
              <Box h={30} bg="white" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }} />
            </Stack>
          ))}
          <Box
            py={6}
            mt={4}
            ta="center"
            style={{ background: color, color: onColor, borderRadius: 4, fontWeight: 600, fontSize: 14 }}
            data-testid="preview-button"
          >
            {t('preview.loginButton')}
          </Box>
          {look.supportEmail && (
            <Text size="xs" ta="center" style={{ overflowWrap: 'anywhere' }}>
              {t('preview.support')}{' '}
              <Text span size="xs" fw={600} td="underline">
                {look.supportEmail}
              </Text>
            </Text>
          )}
        </Stack>
      </Frame>
      <Frame label={t('preview.emailHeader')}>
        <Group gap={8} px="md" py="sm" wrap="nowrap" style={{ background: color, color: onColor }}>
          {look.logoSrc && (
            <Box bg="white" p={3} style={{ borderRadius: 4, lineHeight: 0 }}>
              <Logo src={look.logoSrc} height={22} />
            </Box>
          )}
          <Text fw={700} c="inherit" truncate data-testid="preview-email-name">
            {look.name}
          </Text>
        </Group>
        <Stack gap={4} p="md">
          <Text size="sm" fw={600}>
            {t('preview.emailSubject')}
          </Text>
          <Text size="sm">{t('preview.emailBody')}</Text>
        </Stack>
      </Frame>
    </Stack>
  );
}
