import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreatives } from '@/features/creatives';
import { useMe } from '@/features/accounts';
import type { MyEnrollment } from './queries/my-programs';
import { CreativeSearch, useCreativeFilters } from '@/ui/creative-search';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { CreativeCard } from '@/features/creatives';

/** The program's banners, banner templates and text links, searched; each gives the affiliate its own link. */
export function CreativesGallery({ orgId, enrollment }: { orgId: string; enrollment: MyEnrollment }) {
  const { t } = useTranslation('programs');
  const { t: tc } = useTranslation();
  const search = useCreativeFilters();
  const creatives = useCreatives(orgId, enrollment.program.id, search.filters);
  const links = enrollment.trackingLinks;
  const me = useMe();
  // As the Worker fills the banner (docs/creatives.md): the name, else the referral code; the coupon, else nothing.
  const preview = {
    name: [me.firstName, me.lastName].filter(Boolean).join(' ') || enrollment.refCode,
    coupon: enrollment.couponCode ?? '',
    link: links?.affTrackingHost ?? '',
  };
  return (
    <QueryState query={creatives}>
      {({ items, categories }) =>
        (items.length === 0 && search.active === 0) || !links ? (
          <EmptyState
            title={t('creatives.emptyTitle')}
            description={links ? t('creatives.emptyDescription') : t('program.linksAfterApproval')}
          />
        ) : (
          <Stack gap="md">
            <CreativeSearch {...search} categories={categories} />
            {items.length === 0 ? (
              <Text c="dimmed">{tc('creativeSearch.noMatch')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {items.map((creative) => (
                  <CreativeCard
                    key={creative.id}
                    orgId={orgId}
                    programId={enrollment.program.id}
                    creative={creative}
                    preview={preview}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        )
      }
    </QueryState>
  );
}
