import { Anchor, Badge, Button, Card, Center, Group, Image, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BannerValues } from '@domain/fill-banner';
import { bannerPreviewUrl } from '@/lib/banner-preview';
import { type Creative, usePrepareCreativeLink } from './queries/creatives';
import { CopyValue } from '@/ui/copy-value';
import { ErrorMessage } from '@/ui/error-message';

/**
 * One creative: a preview (a template filled in with the affiliate's own name, coupon code and link, as its banner
 * will be), its size and the affiliate's own clicks and conversions; "Get my code" makes the
 * affiliate's link for it (counted per creative), then offers the HTML, the link and, for a template, the banner
 * rendered with the affiliate's coupon code, link, QR code and name, at each size, as PNG or SVG.
 */
export function CreativeCard({
  orgId,
  programId,
  creative,
  preview,
}: {
  orgId: string;
  programId: string;
  creative: Creative;
  /** What a template is previewed with before the affiliate's own banner is made: its name, coupon and a link. */
  preview: BannerValues;
}) {
  const { t } = useTranslation('programs');
  const { t: tc } = useTranslation();
  const prepare = usePrepareCreativeLink(orgId, programId);
  const [sizeKey, setSizeKey] = useState<string | null>(null);
  const ready = prepare.data;
  const banner = ready?.banners.find((b) => `${b.width}x${b.height}` === sizeKey) ?? ready?.banners[0];
  const image =
    banner?.pngUrl ??
    (creative.kind === 'banner'
      ? creative.imageUrl
      : creative.template
        ? bannerPreviewUrl(
            creative.template,
            preview,
            creative.width && creative.height ? { width: creative.width, height: creative.height } : null,
          )
        : null);
  const sizeLabel =
    creative.width && creative.height ? t('creatives.size', { width: creative.width, height: creative.height }) : null;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={creative.name}>
      <Card.Section withBorder inheritPadding py="sm" bg="var(--mantine-color-gray-0)">
        <Center mih={120}>
          {image ? (
            <Image
              src={image}
              alt={creative.name}
              maw="100%"
              mah={200}
              w="auto"
              fit="contain"
              data-testid="creative-preview"
            />
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
            {creative.kind === 'text_link' ? t('creatives.kind.text_link') : sizeLabel}
          </Badge>
        </Group>
        <Group gap="xs">
          {creative.kind === 'template' && <Badge variant="light">{t('creatives.kind.template')}</Badge>}
          {creative.category && (
            <Badge variant="outline" color="gray">
              {creative.category}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {tc('creativeSearch.stats', creative.stats)}
        </Text>
        {!ready ? (
          <>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => prepare.mutate(creative.id)}
              loading={prepare.isPending}
              aria-label={t(creative.kind === 'template' ? 'creatives.getBannerOf' : 'creatives.getCodeOf', {
                name: creative.name,
              })}
            >
              {creative.kind === 'template' ? t('creatives.getBanner') : t('creatives.getCode')}
            </Button>
            {prepare.error ? <ErrorMessage error={prepare.error} /> : null}
          </>
        ) : (
          <>
            {ready.banners.length > 1 && (
              <Select
                label={t('creatives.bannerSize')}
                size="xs"
                data={ready.banners.map((b) => ({
                  value: `${b.width}x${b.height}`,
                  label: t('creatives.size', { width: b.width, height: b.height }),
                }))}
                value={banner ? `${banner.width}x${banner.height}` : null}
                onChange={setSizeKey}
                allowDeselect={false}
              />
            )}
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{t('creatives.html')}</Text>
              <CopyValue
                value={banner?.snippet ?? ready.snippet}
                label={t('creatives.htmlOf', { name: creative.name })}
              />
            </Group>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{t('creatives.link')}</Text>
              <CopyValue value={ready.shortUrl} label={t('creatives.linkOf', { name: creative.name })} />
            </Group>
            {banner ? (
              <Group gap="md">
                <Anchor href={banner.pngUrl} download target="_blank" rel="noreferrer" size="sm">
                  {t('creatives.downloadPng')}
                </Anchor>
                <Anchor href={banner.svgUrl} download target="_blank" rel="noreferrer" size="sm">
                  {t('creatives.downloadSvg')}
                </Anchor>
              </Group>
            ) : creative.kind === 'banner' && creative.imageUrl ? (
              <Anchor href={creative.imageUrl} download target="_blank" rel="noreferrer" size="sm">
                {t('creatives.download')}
              </Anchor>
            ) : null}
          </>
        )}
      </Stack>
    </Card>
  );
}
