import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProgramOffers as Offers, useApplyWithAnswers, useProgramOffers } from './queries/applications';
import { ErrorMessage } from '@/ui/error-message';
import { ApplyModal } from './apply-form';
import { notifyDone } from '@/lib/notify-done';

type Offer = Offers['offers'][number];

function OfferRow({ offer }: { offer: Offer }) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const apply = useApplyWithAnswers();
  const [asking, setAsking] = useState(false);
  const applied = (status: string) =>
    notifyDone(t(status === 'active' ? 'offers.joined' : 'offers.applied', { name: offer.name }));
  // One click when the program asks nothing; its form and terms first when it does.
  const onApply = () =>
    offer.asksApplication
      ? setAsking(true)
      : apply.mutate(
          { programId: offer.programId, body: { answers: {} } },
          {
            onSuccess: (r) => applied(r.status),
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('apply.failed'),
                message: <ErrorMessage error={error} />,
              }),
          },
        );
  return (
    <Group justify="space-between" align="center" wrap="wrap" gap="sm">
      <Text size="sm" style={{ flex: '1 1 220px' }}>
        <Text span fw={600} inherit>
          {offer.name}
        </Text>{' '}
        {t('offers.pays', { commission: offer.commission })}
      </Text>
      <Button
        size="xs"
        variant="light"
        onClick={onApply}
        loading={apply.isPending}
        aria-label={t(offer.visibility === 'public' ? 'offers.joinTo' : 'offers.applyTo', { name: offer.name })}
      >
        {t(offer.visibility === 'public' ? 'offers.join' : 'offers.apply')}
      </Button>
      {asking && (
        <ApplyModal
          programId={offer.programId}
          programName={offer.name}
          opened={asking}
          onClose={() => setAsking(false)}
          onApplied={applied}
        />
      )}
    </Group>
  );
}

/**
 * Cross-program invites: the advertiser's other open programs, offered because the affiliate already promotes
 * one of its programs. Shows nothing until there is something to offer; a failure to load says so quietly.
 */
export function ProgramOffers({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const lang = i18n.language.startsWith('ru') ? 'ru' : 'en';
  const offers = useProgramOffers(orgId, lang);
  if (offers.isPending) return null;
  if (offers.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('offers.loadFailed')}
      </Text>
    );
  const { offers: items, promoting } = offers.data;
  if (items.length === 0) return null;
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(promoting.map((p) => p.name));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="program-offers-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="program-offers-title">
          {t('offers.title')}
        </Title>
        {/* What the affiliate promotes is said once, not in every row. */}
        <Text size="sm" c="dimmed">
          {t('offers.promoting', { promoting: names })}
        </Text>
        {items.map((offer) => (
          <OfferRow key={offer.programId} offer={offer} />
        ))}
      </Stack>
    </Card>
  );
}
