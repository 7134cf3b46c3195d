import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useEditionApps, useMyEdition } from './queries/my-editions';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { EditionWizard } from './edition-wizard';

const route = getRouteApi('/_app/affiliate/$orgId/editions/new');

/** A new edition, or (with ?edition=) one the affiliate already has, edited in the same wizard. */
export function EditionWizardPage() {
  const { t } = useTranslation('editions');
  const { orgId } = route.useParams();
  // The edition opened first: saving a new draft adds no reload (the wizard keeps its step and fields).
  const [editionId] = useState(z.safeParse(z.uuid(), route.useSearch().edition).data);
  const apps = useEditionApps(orgId);
  const edition = useMyEdition(orgId, editionId);
  const header = (
    <PageHeader
      title={t(editionId ? 'wizard.editTitle' : 'wizard.newTitle')}
      description={
        <RouterAnchor to="/affiliate/$orgId/editions" params={{ orgId }} size="sm">
          {t('wizard.backToList')}
        </RouterAnchor>
      }
    />
  );
  return (
    <>
      {header}
      <QueryState query={apps} skeleton="detail">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('mine.notOfferedTitle')} description={t('wizard.noApps')} />
          ) : editionId ? (
            <QueryState query={edition} skeleton="detail">
              {(loaded) => <EditionWizard orgId={orgId} apps={items} edition={loaded} />}
            </QueryState>
          ) : (
            <EditionWizard orgId={orgId} apps={items} edition={null} />
          )
        }
      </QueryState>
    </>
  );
}
