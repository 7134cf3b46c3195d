import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type IndexedSection = { id: string; label: string };

/**
 * "On this page": links to a long page's sections. A link scrolls its section into view and moves the focus
 * there (the section takes it with tabIndex -1), so a keyboard user continues from the section, not the top.
 */
export function SectionIndex({ sections }: { sections: IndexedSection[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const go = (id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <Paper component="nav" withBorder radius="md" px="md" py="xs" aria-labelledby={titleId} data-testid="section-index">
      <Group gap="xs" wrap="wrap" align="baseline">
        <Text size="sm" fw={600} id={titleId}>
          {t('longForm.onThisPage')}
        </Text>
        {sections.map((s) => (
          <Anchor
            key={s.id}
            href={`#${s.id}`}
            size="sm"
            onClick={(event) => {
              // The router owns the URL: only scroll and focus, without a hash navigation.
              event.preventDefault();
              go(s.id);
            }}
          >
            {s.label}
          </Anchor>
        ))}
      </Group>
    </Paper>
  );
}

/** A section the index links to: scrolled to below the page's top edge, focusable by script only. */
export const sectionTarget = (id: string) => ({ id, tabIndex: -1, style: { scrollMarginTop: 16, outline: 'none' } });
