import { Anchor, Badge, Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@/features/programs';
import { type OrgCreativeListItem, useDeleteCreative, useOrgCreatives } from './queries/org-creatives';
import { CreativeSearch, useCreativeFilters } from '@/ui/creative-search';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { ConfirmModal } from '@/ui/confirm-modal';
import { CreativeModal } from './creative-modal';
import { bannerPreviewUrl, sampleBannerValues } from '@/lib/banner-preview';
import { notifyDone } from '@/lib/notify-done';

type Editing = { creative: OrgCreativeListItem | null } | null;

/**
 * The program's banners, banner templates and text links that enrolled affiliates take, searched, each with its
 * clicks and conversions; managers add, edit and delete them.
 */
export function CreativesPanel({ orgId, program, canEdit }: { orgId: string; program: Program; canEdit: boolean }) {
  const { t } = useTranslation('orgprograms');
  const { t: tc } = useTranslation();
  const search = useCreativeFilters();
  const creatives = useOrgCreatives(orgId, program.id, search.filters);
  const remove = useDeleteCreative(orgId, program.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<OrgCreativeListItem | null>(null);
  const categories = creatives.data?.categories ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} fz="h4">
          {t('creatives.title')}
        </Title>
        {canEdit && <Button onClick={() => setEditing({ creative: null })}>{t('creatives.add')}</Button>}
      </Group>
      <QueryState query={creatives}>
        {({ items }) =>
          items.length === 0 && search.active === 0 ? (
            <EmptyState title={t('creatives.emptyTitle')} description={t('creatives.emptyDescription')} />
          ) : (
            <Stack gap="md">
              <CreativeSearch {...search} categories={categories} />
              {items.length === 0 && <Text c="dimmed">{tc('creativeSearch.noMatch')}</Text>}
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {items.map((c) => (
                  <Paper key={c.id} withBorder p="md" radius="md" component="article" aria-label={c.name}>
                    <Stack gap={6}>
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text fw={600} truncate>
                          {c.name}
                        </Text>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {c.kind === 'text_link'
                            ? t('creatives.kinds.text_link')
                            : c.kind === 'banner'
                              ? t('creatives.bannerSize', { width: c.width, height: c.height })
                              : c.sizes.map((size) => t('creatives.sizeOf', size)).join(', ')}
                        </Text>
                      </Group>
                      <Group gap="xs">
                        {c.kind === 'template' && <Badge variant="light">{t('creatives.kinds.template')}</Badge>}
                        {c.category && (
                          <Badge variant="outline" color="gray">
                            {c.category}
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {tc('creativeSearch.stats', c.stats)}
                        </Text>
                      </Group>
                      {(c.kind === 'banner' && c.imageUrl) || c.template ? (
                        <Image
                          src={
                            c.template
                              ? bannerPreviewUrl(
                                  c.template,
                                  sampleBannerValues({
                                    name: t('creatives.sampleName'),
                                    coupon: t('creatives.sampleCoupon'),
                                  }),
                                  c.sizes[0] ?? null,
                                )
                              : c.imageUrl
                          }
                          alt={t('creatives.imageAlt', { name: c.name })}
                          h={72}
                          w="auto"
                          maw="100%"
                          fit="contain"
                          bg="gray.0"
                          radius="sm"
                          data-testid="creative-image"
                        />
                      ) : (
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }} lineClamp={3}>
                          {c.body}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {t('creatives.target')}{' '}
                        <Anchor href={c.targetUrl ?? program.landingUrl} target="_blank" rel="noreferrer" size="xs">
                          {c.targetUrl ?? program.landingUrl}
                        </Anchor>
                      </Text>
                      {canEdit && (
                        <Group gap="xs">
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setEditing({ creative: c })}
                            aria-label={t('creatives.editOf', { name: c.name })}
                          >
                            {t('creatives.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setDeleting(c)}
                            aria-label={t('creatives.deleteOf', { name: c.name })}
                          >
                            {t('creatives.delete')}
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Paper>
                ))}
              </SimpleGrid>
            </Stack>
          )
        }
      </QueryState>
      {editing && (
        <CreativeModal
          orgId={orgId}
          programId={program.id}
          allowedDomains={program.allowedDomains}
          creative={editing.creative}
          categories={categories}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('creatives.deleteTitle', { name: deleting?.name ?? '' })}
        message={t('creatives.deleteMessage')}
        confirmLabel={t('creatives.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifyDone(t('creatives.deleted', { name: deleting.name }));
              setDeleting(null);
            },
          })
        }
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
    </Stack>
  );
}
