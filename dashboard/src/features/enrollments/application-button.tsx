import { Anchor, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from './queries/org-enrollments';
import { ApplicationDetails, hasApplication } from './application-details';

/** The queue's application cell: what was given in a word ("2 answers · terms v1"), the whole of it on a click. */
export function ApplicationButton({ enrollment: e, name }: { enrollment: Enrollment; name: string }) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const [open, setOpen] = useState(false);
  const a = e.application;
  if (!hasApplication(a))
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const parts = [
    a.answers === null ? null : t('review.answers', { count: a.answers.length }),
    a.terms ? t('review.termsVersion', { version: a.terms.version }) : null,
    a.autoApprovedBy ? t('review.autoApproved') : null,
  ].filter((p) => p !== null);
  return (
    <>
      {/* A link-like button: it wraps and stays left-aligned in a phone's card, where a Button would centre it. */}
      <Anchor
        component="button"
        type="button"
        size="sm"
        ta="left"
        fw={600}
        onClick={() => setOpen(true)}
        aria-label={t('review.open', { summary: parts.join(' · '), name })}
      >
        {parts.join(' · ')}
      </Anchor>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('review.title', { name, program: e.programName })}
        closeButtonProps={{ 'aria-label': t('review.close') }}
        size="lg"
      >
        <ApplicationDetails application={a} />
      </Modal>
    </>
  );
}
