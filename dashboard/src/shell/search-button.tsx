import { ActionIcon, Button, Kbd } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Apple keyboards say ⌘; the shortcut is the same key (Mantine's `mod`). */
const onMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Opens the command palette: a labelled button with its shortcut from `sm` up, an icon on phones. The wide
 * button is named by what it shows ("Search Ctrl+K"), so a voice user can say it (WCAG 2.5.3); the icon says more.
 */
export function SearchButton() {
  const { t: tn } = useTranslation('nav');
  const shortcut = onMac() ? '⌘K' : 'Ctrl+K';
  const label = tn('palette.buttonLabel', { shortcut });
  return (
    <>
      <Button
        visibleFrom="sm"
        variant="default"
        size="sm"
        leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
        rightSection={<Kbd size="xs">{shortcut}</Kbd>}
        onClick={() => spotlight.open()}
        aria-keyshortcuts={onMac() ? 'Meta+K' : 'Control+K'}
        data-testid="search-button"
      >
        {tn('palette.button')}
      </Button>
      <ActionIcon
        hiddenFrom="sm"
        variant="subtle"
        color="gray"
        size="lg"
        onClick={() => spotlight.open()}
        aria-label={label}
      >
        <IconSearch size={20} stroke={1.6} aria-hidden />
      </ActionIcon>
    </>
  );
}
