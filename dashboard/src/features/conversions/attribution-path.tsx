import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversionDetail } from './queries/org-conversions';

/** The attribution steps in the order they were tried, the matching one marked. */
export function AttributionPath({ steps }: { steps: ConversionDetail['attributionTrace'] }) {
  const { t } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  // A header over no rows says nothing: say that no step was recorded (a conversion stored without a trace).
  if (steps.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="attribution-path">
        {t('explanation.path.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table data-testid="attribution-path">
        <Table.Caption>{t('explanation.path.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('explanation.path.step')}</Table.Th>
            <Table.Th>{t('explanation.path.outcome')}</Table.Th>
            <Table.Th>{t('explanation.path.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((step) => (
            <Table.Tr key={step.step}>
              <Table.Td>{te(`attribution.${step.step}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={step.outcome === 'matched' ? 'teal' : 'gray'} miw="fit-content">
                  {t(`outcomes.${step.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {step.detail ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
