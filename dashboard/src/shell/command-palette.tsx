import '@mantine/spotlight/styles.css';
import { Loader, Modal, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import {
  type Icon,
  IconApps,
  IconBuilding,
  IconClick,
  IconLink,
  IconReceipt,
  IconSearch,
  IconSpeakerphone,
  IconUsers,
} from '@tabler/icons-react';
import { useMatch, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navLinks } from '@/nav/build-nav';
import { NAV_GROUPS } from '@/nav/nav-groups';
import { searchHitTarget } from '@/nav/search-hit-target';
import { useMe } from '@/features/accounts';
import { type SearchHit, type SearchScope, useSearchHits } from '@/features/search';
import { useNavGroups } from './use-nav-groups';

const KIND_ICONS: Record<SearchHit['kind'], Icon> = {
  organization: IconBuilding,
  app: IconApps,
  program: IconSpeakerphone,
  affiliate: IconUsers,
  link: IconLink,
  conversion: IconReceipt,
  click: IconClick,
};

/**
 * Ctrl/Cmd-K: every page the navbar offers, then the records the user's searches find (the organization
 * console's, the affiliate's own, organizations for platform staff), each within the user's tenancy.
 */
export function CommandPalette() {
  const { t: tn } = useTranslation('nav');
  const me = useMe();
  const navigate = useNavigate();
  const groups = useNavGroups();
  const orgMatch = useMatch({ from: '/_app/orgs/$orgId', shouldThrow: false });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);

  const scopes: SearchScope[] = [
    ...(orgMatch ? [{ audience: 'organization' as const, orgId: orgMatch.params.orgId }] : []),
    ...(me.approvedAffiliate || me.affiliateContexts.length > 0 ? [{ audience: 'affiliate' as const }] : []),
    ...(me.platformRole !== 'none' ? [{ audience: 'platform' as const }] : []),
  ];
  const records = useSearchHits(scopes, debounced.slice(0, 100));

  const needle = query.trim().toLocaleLowerCase();
  const pages = navLinks(groups)
    .map((link) => {
      const group = groups.find((g) => g.links.includes(link))!;
      const groupLabel = group.title ?? tn(NAV_GROUPS[group.id].labelKey);
      return { link, label: tn(link.entry.labelKey), groupLabel };
    })
    .filter((page) => !needle || `${page.label} ${page.groupLabel}`.toLocaleLowerCase().includes(needle));
  const hits = debounced ? records.hits : [];

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      scrollable
      maxHeight="min(480px, 70dvh)"
    >
      {/* The dialog's name for screen readers; the search field says the rest. */}
      <VisuallyHidden>
        <Modal.Title>{tn('palette.title')}</Modal.Title>
      </VisuallyHidden>
      <Spotlight.Search
        placeholder={tn('palette.placeholder')}
        aria-label={tn('palette.placeholder')}
        leftSection={<IconSearch size={20} stroke={1.6} aria-hidden />}
        rightSection={records.pending ? <Loader size="xs" role="status" aria-label={tn('palette.searching')} /> : null}
        data-testid="command-palette-input"
      />
      <Spotlight.ActionsList>
        {pages.length > 0 && (
          <Spotlight.ActionsGroup label={tn('palette.pages')}>
            {pages.map(({ link, label, groupLabel }) => {
              const PageIcon = link.entry.icon;
              return (
                <Spotlight.Action
                  key={`${link.entry.group}:${link.entry.to}`}
                  label={label}
                  description={groupLabel}
                  leftSection={<PageIcon size={20} stroke={1.6} aria-hidden />}
                  onClick={() => void navigate({ to: link.entry.to, params: link.params as never })}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        )}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label={tn('palette.records')}>
            {hits.map(({ hit, audience }) => {
              const KindIcon = KIND_ICONS[hit.kind];
              const target = searchHitTarget(audience, hit);
              const kind = tn(`palette.kinds.${hit.kind}`);
              return (
                <Spotlight.Action
                  key={`${audience}:${hit.kind}:${hit.id}`}
                  label={hit.label}
                  description={hit.sublabel ? `${kind} · ${hit.sublabel}` : kind}
                  leftSection={<KindIcon size={20} stroke={1.6} aria-hidden />}
                  onClick={() =>
                    void navigate({
                      to: target.to as never,
                      params: target.params as never,
                      search: target.search as never,
                    })
                  }
                />
              );
            })}
          </Spotlight.ActionsGroup>
        )}
        {pages.length === 0 && hits.length === 0 && (
          <Spotlight.Empty>{records.pending ? tn('palette.searching') : tn('palette.nothing')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      {records.failed && (
        <Text size="sm" c="dimmed" px="md" pb="sm" role="status">
          {tn('palette.failed')}
        </Text>
      )}
    </Spotlight.Root>
  );
}
