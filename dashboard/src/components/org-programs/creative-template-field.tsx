import { Button, FileButton, Group, Image, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bannerTemplateIssue, MAX_TEMPLATE_CHARS } from '@domain/banner-template';

type Props = {
  value: string;
  onChange: (template: string) => void;
  error: string | undefined;
};

/**
 * A banner template's SVG: loaded from a file or pasted, previewed as drawn (an <img> runs nothing in it) and
 * checked here with the server's own rules, whose reason is shown before saving.
 */
export function CreativeTemplateField({ value, onChange, error }: Props) {
  const { t } = useTranslation('orgprograms');
  const issue = value.trim() ? bannerTemplateIssue(value) : null;
  const load = async (file: File | null) => {
    if (file && file.size <= MAX_TEMPLATE_CHARS * 4) onChange(await file.text());
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t('creatives.template')}
        description={t('creatives.templateHint', { coupon: '{{coupon}}', link: '{{link}}', name: '{{name}}' })}
        required
        autosize
        minRows={4}
        maxRows={10}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error ?? (issue ? t('creatives.errors.templateIssue', { reason: issue }) : undefined)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
      />
      <Group gap="sm" align="center">
        <FileButton onChange={load} accept="image/svg+xml,.svg">
          {(props) => (
            <Button variant="light" size="compact-sm" {...props}>
              {t('creatives.loadSvg')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('creatives.placeholders')}
        </Text>
      </Group>
      {value.trim() && !issue && (
        <Image
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(value)}`}
          alt={t('creatives.templatePreview')}
          mah={160}
          w="auto"
          maw="100%"
          fit="contain"
          bg="gray.0"
          radius="sm"
        />
      )}
    </Stack>
  );
}
