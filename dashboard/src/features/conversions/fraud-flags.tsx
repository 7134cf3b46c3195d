import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FraudFlag } from './queries/org-conversions';

/** The fraud signals a conversion raised, each named, with what it means on hover and for screen readers. */
export function FraudFlags({ flags }: { flags: FraudFlag[] }) {
  const { t } = useTranslation('orgconversions');
  if (flags.length === 0)
    return (
      <Text span size="sm" c="dimmed">
        {t('flags.none')}
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap" data-testid="fraud-flags">
      {flags.map((flag) => (
        <Tooltip
          key={flag}
          label={t(`flagHelp.${flag}`)}
          multiline
          w={260}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <Badge
            variant="light"
            color="orange"
            tabIndex={0}
            aria-description={t(`flagHelp.${flag}`)}
            styles={{ label: { overflow: 'visible' } }}
            miw="fit-content"
          >
            {t(`flags.${flag}`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
