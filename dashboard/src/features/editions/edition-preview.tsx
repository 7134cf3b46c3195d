import { Box, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { textOn } from '@/lib/text-on';
import { IRIS } from '@/lib/theme';

/** What the mock shows: the wizard's values as typed, the images as chosen (not yet uploaded too). */
export type EditionLook = {
  name: string;
  host: string;
  /** Valid #rrggbb values, or null for the app's default look. */
  primaryColor: string | null;
  accentColor: string | null;
  logoSrc: string | null;
  faviconSrc: string | null;
  plans: { id: string; name: string; price: string; interval: string | null }[];
};

const DEFAULT_PRIMARY = IRIS[8];
const DEFAULT_ACCENT = '#f1f3f5';

// The mock site is drawn on white in either colour scheme of the dashboard, so its text keeps dark colours.
const LIGHT_MOCK = {
  overflow: 'hidden',
  color: 'var(--mantine-color-black)',
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
} as CSSProperties;

/**
 * The edition as its visitors will meet it on its host: the browser tab and address bar, the site's header with
 * the logo and name, and its prices in the edition's colours. A picture only (no controls), so nothing in it
 * can be clicked or focused.
 */
export function EditionPreview({ look }: { look: EditionLook }) {
  const { t } = useTranslation('editions');
  const primary = look.primaryColor ?? DEFAULT_PRIMARY;
  const accent = look.accentColor ?? DEFAULT_ACCENT;
  const name = look.name.trim() || t('preview.unnamed');
  return (
    <Paper
      withBorder
      radius="md"
      bg="white"
      style={LIGHT_MOCK}
      data-testid="edition-preview"
      role="img"
      aria-label={t('preview.label', { name, host: look.host || t('preview.noHost') })}
    >
      <Stack gap={0} aria-hidden>
        <Group gap={8} px="sm" py={6} bg="gray.2" wrap="nowrap">
          {look.faviconSrc ? (
            <Image src={look.faviconSrc} alt="" w={16} h={16} fit="contain" data-testid="edition-preview-favicon" />
          ) : (
            <Box w={16} h={16} bg={primary} style={{ borderRadius: 3, flex: 'none' }} />
          )}
          <Text size="xs" truncate>
            {name}
          </Text>
        </Group>
        <Group gap={6} px="sm" py={6} bg="gray.0" wrap="nowrap" style={{ borderBottom: '1px solid #dee2e6' }}>
          <IconLock size={12} color="#495057" />
          <Text size="xs" c="gray.7" truncate data-testid="edition-preview-host">
            {look.host ? `https://${look.host}` : t('preview.noHost')}
          </Text>
        </Group>
        <Group
          h={56}
          px="md"
          justify="space-between"
          wrap="nowrap"
          style={{ background: primary, color: textOn(primary) }}
          data-testid="edition-preview-header"
        >
          <Group gap={8} wrap="nowrap" miw={0}>
            {look.logoSrc && (
              <Box bg="white" p={3} style={{ borderRadius: 4, lineHeight: 0, flex: 'none' }}>
                <Image src={look.logoSrc} alt="" h={26} w="auto" maw={96} fit="contain" />
              </Box>
            )}
            <Text fw={700} c="inherit" truncate data-testid="edition-preview-name">
              {name}
            </Text>
          </Group>
          <Text size="sm" fw={600} c="inherit" visibleFrom="xs" style={{ whiteSpace: 'nowrap' }}>
            {t('preview.signIn')}
          </Text>
        </Group>
        <Stack gap="md" p="md" style={{ background: accent, color: textOn(accent) }}>
          <Title order={3} fz="h3" c="inherit" style={{ overflowWrap: 'anywhere' }}>
            {t('preview.headline', { name })}
          </Title>
          <Text size="sm" c="inherit">
            {t('preview.lead')}
          </Text>
          {look.plans.length === 0 ? (
            <Text size="sm" c="inherit" fs="italic">
              {t('preview.noPlans')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, xs: Math.min(look.plans.length, 3) }} spacing="sm">
              {look.plans.map((plan) => (
                <Paper
                  key={plan.id}
                  withBorder
                  radius="md"
                  p="sm"
                  bg="white"
                  c="black"
                  data-testid="edition-preview-plan"
                >
                  <Stack gap={6}>
                    <Text fw={600} size="sm">
                      {plan.name}
                    </Text>
                    <Text fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {plan.price}
                      {plan.interval && (
                        <Text span size="xs" c="gray.7" fw={400}>
                          {' '}
                          {plan.interval}
                        </Text>
                      )}
                    </Text>
                    <Box
                      py={6}
                      ta="center"
                      style={{
                        background: primary,
                        color: textOn(primary),
                        borderRadius: 4,
                        fontWeight: 600,
                        fontSize: 14,
                      }}
                    >
                      {t('preview.choose')}
                    </Box>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
