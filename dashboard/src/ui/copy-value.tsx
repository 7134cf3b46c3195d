import { Button, CopyButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A small copy button for ids, links and codes; `label` names what is copied, for screen readers.
 * Text instead of a tooltip: it reads the same on touch screens and keeps floating-ui off the login page.
 */
export function CopyValue({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          variant="subtle"
          size="compact-xs"
          // The state shows as a check and the word, in the button's own colour: the green it used to turn was
          // under 4.5:1 against a white card.
          leftSection={copied ? <IconCheck size={14} aria-hidden /> : undefined}
          onClick={copy}
          // Beside a long label in a row it keeps its word whole ("Копировать", not "Копирова").
          style={{ flexShrink: 0 }}
          aria-label={copied ? t('copy.copied') : t('copy.copyWhat', { what: label })}
        >
          {copied ? t('copy.copied') : t('copy.copy')}
        </Button>
      )}
    </CopyButton>
  );
}
