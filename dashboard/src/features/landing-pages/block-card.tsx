import { ActionIcon, Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LandingBlock } from './queries/landing-pages';
import { type Lang, variantIn, withVariant } from './blocks';
import { CalculatorFields } from './calculator-fields';
import { ImageSourceField } from './image-source-field';
import { VariantFields } from './variant-fields';

type Props = {
  orgId: string;
  currency: string;
  block: LandingBlock;
  index: number;
  count: number;
  lang: Lang;
  disabled: boolean;
  onChange: (block: LandingBlock) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/**
 * One block: its place (up and down are plain buttons, so the order is keyboard-usable), what every language
 * shares, and the words of the language being edited. An empty Russian variant says that English is shown.
 */
export function BlockCard({ orgId, currency, block, index, count, lang, disabled, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation('landing');
  const name = t(`kinds.${block.kind}`);
  const label = t('blockTitle', { index: index + 1, kind: name });
  const variant = variantIn(block, lang);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={label}
      data-testid={`block-${block.kind}`}
    >
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Text fw={600}>{label}</Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            aria-label={t('moveUp', { block: label })}
            disabled={disabled || index === 0}
            onClick={() => onMove(index - 1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('moveDown', { block: label })}
            disabled={disabled || index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('remove', { block: label })}
            disabled={disabled}
            onClick={onRemove}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap="sm">
        {block.kind === 'image' && (
          <ImageSourceField
            orgId={orgId}
            value={block.image}
            disabled={disabled}
            onChange={(image) => onChange({ ...block, image })}
          />
        )}
        {block.kind === 'calculator' && (
          <CalculatorFields
            customers={block.customers}
            priceMinor={block.priceMinor}
            currency={currency}
            disabled={disabled}
            onChange={(v) => onChange({ ...block, ...v })}
          />
        )}
        {variant ? (
          <>
            <VariantFields
              orgId={orgId}
              kind={block.kind}
              lang={lang}
              value={variant}
              disabled={disabled}
              onChange={(v) => onChange(withVariant(block, lang, v))}
            />
            {lang === 'ru' && (
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                disabled={disabled}
                onClick={() => onChange(withVariant(block, 'ru', null))}
              >
                {t('useEnglish')}
              </Button>
            )}
          </>
        ) : (
          <Alert variant="light" color="blue" p="sm">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t('fallback')}</Text>
              <Button
                size="xs"
                variant="light"
                disabled={disabled}
                onClick={() => onChange(withVariant(block, 'ru', structuredClone(block.en)))}
              >
                {t('writeRussian')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
