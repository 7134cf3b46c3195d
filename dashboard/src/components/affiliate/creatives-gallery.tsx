import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreatives } from '@/queries/creatives';
import type { MyEnrollment } from '@/queries/my-programs';
import { EmptyState } from '../empty-state';
import { QueryState } from '../query-state';
import { CreativeCard } from './creative-card';
import { creativeHref, creativeSnippet } from './creative-href';

/** The program's banners and text links, each already pointing at the affiliate's tracking link. */
export function CreativesGallery({ orgId, enrollment }: { orgId: string; enrollment: MyEnrollment }) {
  const { t } = useTranslation('programs');
  const creatives = useCreatives(orgId, enrollment.program.id);
  const links = enrollment.trackingLinks;
  return (
    <QueryState query={creatives}>
      {(items) =>
        items.length === 0 || !links ? (
          <EmptyState
            title={t('creatives.emptyTitle')}
            description={links ? t('creatives.emptyDescription') : t('program.linksAfterApproval')}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((creative) => {
              const href = creativeHref(creative, links, enrollment.refCode);
              return (
                <CreativeCard
                  key={creative.id}
                  creative={creative}
                  href={href}
                  snippet={creativeSnippet(creative, href)}
                />
              );
            })}
          </SimpleGrid>
        )
      }
    </QueryState>
  );
}
