import { Alert, Badge, Group, Paper, Select, Text } from '@mantine/core';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useMe } from '@/features/accounts';
import { useOrganization } from './queries/organizations';

/**
 * The organization whose console the pages below show, the user's role in it, and a switcher when they belong
 * to several. Switching keeps the section (programs stay programs) but not an id of the previous organization.
 */
export function OrgHeader({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const access = useOrgAccess();
  const organization = useOrganization(orgId);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const name = organization.data?.name ?? '';
  const choices = me.memberships.map((m) => ({ value: m.organizationId, label: m.name }));
  // Platform staff visiting a tenant they do not belong to still see its name in the list.
  if (!choices.some((choice) => choice.value === orgId)) choices.unshift({ value: orgId, label: name });

  const switchTo = (next: string | null) => {
    if (!next || next === orgId) return;
    const section = pathname.split('/')[3];
    void navigate({ href: section ? `/orgs/${next}/${section}` : `/orgs/${next}` });
  };

  return (
    <Paper withBorder p="sm" mb="lg" radius="md">
      <Group gap="md" wrap="wrap" align="flex-end">
        {choices.length > 1 ? (
          <Select
            label={t('org.switcher')}
            data={choices}
            value={orgId}
            onChange={switchTo}
            allowDeselect={false}
            searchable={choices.length > 8}
            w={{ base: '100%', xs: 280 }}
          />
        ) : (
          <Text fw={600}>{name}</Text>
        )}
        <Group gap="xs" pb={choices.length > 1 ? 6 : 0}>
          <Badge variant="light">{t(`org.roles.${access.role}`)}</Badge>
          {organization.data && (
            <Badge variant="light" color="gray">
              {t(`org.plans.${organization.data.plan}` as 'org.plans.starter', {
                defaultValue: organization.data.plan,
              })}
            </Badge>
          )}
        </Group>
      </Group>
      {access.readOnly && (
        <Alert mt="sm" variant="light" p="xs">
          {t('org.readOnly')}
        </Alert>
      )}
    </Paper>
  );
}
