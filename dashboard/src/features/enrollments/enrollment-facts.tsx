import { Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveTerms } from '@domain/commission-terms';
import { formatDate } from '@/lib/format';
import type { Enrollment } from './queries/org-enrollments';
import type { Program } from '@/features/programs';
import { useProgramGroups } from './queries/program-groups';
import { CopyValue } from '@/ui/copy-value';
import { useCommissionText } from '@/features/programs';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Who the affiliate is in this program: codes, dates, the last decision's reason and the terms that apply. */
export function EnrollmentFacts({ enrollment: e, program }: { enrollment: Enrollment; program: Program | undefined }) {
  const { t, i18n } = useTranslation('orgprograms');
  const commission = useCommissionText();
  // What this affiliate earns: its own override, else its group's term, else the program's (effectiveTerms).
  const groups = useProgramGroups(program?.organizationId ?? '', program?.id ?? '');
  const group = groups.data?.find((g) => g.id === e.group.id) ?? null;
  const terms = program ? effectiveTerms({ ...program, version: 0 }, e, group && { ...group, version: 0 }) : null;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—');
  const code = (value: string | null, label: string) =>
    value ? (
      <Group gap={4} wrap="nowrap">
        <Code>{value}</Code>
        <CopyValue value={value} label={label} />
      </Group>
    ) : (
      <Text size="sm">—</Text>
    );
  return (
    <Paper withBorder p="lg" radius="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Fact label={t('detailAffiliate.email')}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {e.affiliate.email}
          </Text>
        </Fact>
        <Fact label={t('detailAffiliate.program')}>
          <Text size="sm">{e.programName}</Text>
        </Fact>
        {terms && (
          <Fact label={t('detailAffiliate.commission')}>
            <Text size="sm">
              {commission({
                commissionType: terms.commissionType,
                commissionRateBps: terms.rateBps,
                commissionFixedMinor: terms.fixedMinor,
                currency: terms.currency,
              })}{' '}
              · {t('detailAffiliate.hold', { count: terms.holdDays })}
            </Text>
          </Fact>
        )}
        <Fact label={t('detailAffiliate.refCode')}>{code(e.refCode, t('detailAffiliate.refCode'))}</Fact>
        <Fact label={t('detailAffiliate.coupon')}>{code(e.couponCode, t('detailAffiliate.coupon'))}</Fact>
        <Fact label={t('detailAffiliate.applied')}>
          <Text size="sm">{date(e.appliedAt)}</Text>
        </Fact>
        <Fact label={t('detailAffiliate.approved')}>
          <Text size="sm">{date(e.approvedAt)}</Text>
        </Fact>
        <Fact label={t('detailAffiliate.reason')}>
          <Text size="sm">{e.statusReason ?? '—'}</Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
