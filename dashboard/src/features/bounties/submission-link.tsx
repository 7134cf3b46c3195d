import { Anchor } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A submitted URL, opened in a new tab without handing it this page (noopener) or our ranking (nofollow). */
export function SubmissionLink({ url }: { url: string }) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  return (
    <Anchor
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {url} <IconExternalLink size={14} aria-label={t('queue.newTab')} style={{ verticalAlign: 'middle' }} />
    </Anchor>
  );
}
