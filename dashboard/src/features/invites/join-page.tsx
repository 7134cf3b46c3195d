import { Alert, Button, Divider, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import { type JoinLink, useAcceptJoinLink, useJoinLink } from './queries/invites';
import { meQueryOptions } from '@/features/accounts';
import { CheckInbox } from '@/features/access';
import { ApplyForm } from '@/features/enrollments';
import { PublicCard } from '@/ui/public-card';
import { SignUpForm } from '@/features/access';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { RouterButton } from '@/ui/router-button';

const route = getRouteApi('/_public/join/$code');

const JOIN_ERRORS = [
  'join_link_revoked',
  'join_link_expired',
  'join_link_used_up',
  'join_link_unavailable',
  'already_enrolled',
  'not_affiliate',
] as const;

/** The page behind an invite link: who invites into what, then sign up, log in or join. */
export function JoinPage() {
  const { t } = useTranslation('invites');
  const { code } = route.useParams();
  const link = useJoinLink(code);
  const notFound = link.error instanceof ApiError && link.error.status === 404;
  return (
    <PublicCard
      title={t('join.title')}
      description={link.data ? t('join.invitedBy', { organization: link.data.organizationName }) : undefined}
    >
      {link.isPending ? (
        <LoadingState />
      ) : notFound ? (
        <Alert color="red" variant="light" role="alert">
          {t('join.notFound')}
        </Alert>
      ) : link.isError ? (
        <ErrorState error={link.error} onRetry={() => void link.refetch()} />
      ) : (
        <JoinDetails link={link.data} />
      )}
    </PublicCard>
  );
}

function JoinDetails({ link }: { link: JoinLink }) {
  const { t, i18n } = useTranslation('invites');
  const lang = i18n.language;
  const percent = (bps: number) => formatPercent(bps / 10_000, lang, 2);
  return (
    <Stack gap="md">
      {link.programs.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('join.programs')}</Text>
          <List spacing="sm">
            {link.programs.map((p) => (
              <List.Item key={p.id}>
                <Text fw={500}>{p.name}</Text>
                {p.description && (
                  <Text size="sm" c="dimmed">
                    {p.description}
                  </Text>
                )}
                <Text size="sm">
                  {t('join.commission')}:{' '}
                  {p.commissionType === 'fixed'
                    ? t('join.fixed', { amount: formatMoney(p.commissionFixedMinor ?? 0, p.currency, lang) })
                    : p.commissionType === 'hybrid'
                      ? t('join.hybrid', {
                          rate: percent(p.commissionRateBps ?? 0),
                          amount: formatMoney(p.commissionFixedMinor ?? 0, p.currency, lang),
                        })
                      : t('join.percent', { rate: percent(p.commissionRateBps ?? 0) })}
                </Text>
                {link.rateOverrideBps !== null && (
                  <Text size="sm" fw={600}>
                    {t('join.yourRate', { rate: percent(link.rateOverrideBps) })}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('join.hold', { days: link.holdDaysOverride ?? p.holdDays })} ·{' '}
                  {t('join.cookie', { days: p.cookieDays })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {link.state !== 'valid' ? (
        <Alert color="red" variant="light" role="alert">
          {t(`join.${link.state}`)}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t(link.approval === 'approve' ? 'join.approvalApprove' : 'join.approvalReview')}</Text>
          {link.expiresAt && (
            <Text size="sm" c="dimmed">
              {t('join.expiresAt', { date: formatDate(link.expiresAt, lang) })}
            </Text>
          )}
          <Divider />
          <JoinActions link={link} />
        </>
      )}
    </Stack>
  );
}

function JoinActions({ link }: { link: JoinLink }) {
  const { t } = useTranslation('invites');
  const { t: ta } = useTranslation('programs', { keyPrefix: 'applications' });
  const { code, organizationName: organization } = link;
  const asks =
    link.application && (link.application.questions.length > 0 || link.application.terms) ? link.application : null;
  const { signedIn } = route.useLoaderData();
  const me = useQuery({ ...meQueryOptions, enabled: signedIn });
  const accept = useAcceptJoinLink();
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo)
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status">
          {t('join.afterVerify')}
        </Alert>
        <CheckInbox email={sentTo} />
      </Stack>
    );
  if (!signedIn)
    return (
      <Stack gap="md">
        {asks && <Text size="sm">{ta('join.signInFirst')}</Text>}
        <Text fw={600}>{t('join.signUpTitle')}</Text>
        <SignUpForm onSignedUp={setSentTo} joinCode={code} />
        <Text size="sm" ta="center">
          {t('join.haveAccount')}{' '}
          <RouterAnchor to="/login" search={{ redirect: `/join/${code}` }} size="sm">
            {t('join.logInToJoin')}
          </RouterAnchor>
        </Text>
      </Stack>
    );
  if (me.isPending) return <LoadingState />;
  if (accept.isSuccess) {
    const pending = accept.data.enrollments.every((e) => e.status === 'pending');
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status">
          {t(pending ? 'join.joinedPending' : 'join.joined', { organization })}
        </Alert>
        <RouterButton to="/affiliate/$orgId" params={{ orgId: accept.data.organizationId }} fullWidth>
          {t('join.openPrograms')}
        </RouterButton>
      </Stack>
    );
  }
  const error = accept.error instanceof ApiError ? accept.error : null;
  const known = JOIN_ERRORS.find((c) => c === error?.code);
  return (
    <Stack gap="md">
      <Text style={{ overflowWrap: 'anywhere' }}>{t('join.signedInAs', { email: me.data?.email ?? '' })}</Text>
      {known ? (
        <Alert color="red" variant="light" role="alert">
          {t(`join.${known}`)}
        </Alert>
      ) : (
        accept.isError && !asks && <ErrorState error={accept.error} />
      )}
      {asks ? (
        <Stack gap="sm">
          <Text fw={600}>{ta('join.title')}</Text>
          <Text size="sm" c="dimmed">
            {ta('join.hint')}
          </Text>
          <ApplyForm
            asks={asks}
            submitLabel={t('join.joinNow')}
            submitting={accept.isPending}
            // The join refusals above have their own sentences; the form shows the rest.
            error={known ? null : accept.error}
            onSubmit={(body) => accept.mutate({ code, body })}
          />
        </Stack>
      ) : (
        <Button onClick={() => accept.mutate({ code })} loading={accept.isPending} fullWidth>
          {t('join.joinNow')}
        </Button>
      )}
    </Stack>
  );
}
