import { Anchor, Badge, Card, Center, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Creative } from '@/queries/creatives';
import { CopyValue } from '../copy-value';

/** One creative: a scaled banner preview (or the text), its size, and the pieces to copy or download. */
export function CreativeCard({ creative, href, snippet }: { creative: Creative; href: string; snippet: string }) {
  const { t } = useTranslation('programs');
  const isBanner = creative.kind === 'banner' && creative.imageUrl;
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Card.Section withBorder inheritPadding py="sm" bg="var(--mantine-color-gray-0)">
        <Center mih={120}>
          {isBanner ? (
            <Image src={creative.imageUrl} alt={creative.name} maw="100%" mah={200} w="auto" fit="contain" />
          ) : (
            <Text ta="center" px="sm">
              {creative.body}
            </Text>
          )}
        </Center>
      </Card.Section>
      <Stack gap={6} mt="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={3} fz="md" lineClamp={1}>
            {creative.name}
          </Title>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {isBanner && creative.width && creative.height
              ? t('creatives.size', { width: creative.width, height: creative.height })
              : t(`creatives.kind.${creative.kind}`)}
          </Badge>
        </Group>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{t('creatives.html')}</Text>
          <CopyValue value={snippet} label={t('creatives.htmlOf', { name: creative.name })} />
        </Group>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{t('creatives.link')}</Text>
          <CopyValue value={href} label={t('creatives.linkOf', { name: creative.name })} />
        </Group>
        {isBanner && creative.imageUrl && (
          <Anchor href={creative.imageUrl} download target="_blank" rel="noreferrer" size="sm">
            {t('creatives.download')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
