import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { AffiliateHome } from './queries/affiliate-home';
import { useMarkMessageRead } from './queries/affiliate-home';
import { MarkdownView } from '@/ui/markdown-view';
import { SectionCard } from '@/ui/section-card';

type Entry = AffiliateHome['announcements'][number];

/**
 * News from the advertisers, newest first: announcements (plain text with its line breaks) and campaign
 * messages addressed to this affiliate (the safe Markdown subset, with "new" until marked read).
 */
export function AnnouncementsList({ announcements }: { announcements: AffiliateHome['announcements'] }) {
  const { t, i18n } = useTranslation('home');
  const markRead = useMarkMessageRead();
  if (announcements.length === 0) return null;
  const unread = (a: Entry) => a.kind === 'campaign' && a.readAt === null;
  return (
    <SectionCard title={t('announcements.title')} id="announcements" data-testid="announcements">
      <Stack gap="md">
        {announcements.map((a) => (
          <article key={`${a.kind}-${a.id}`} data-testid={a.kind === 'campaign' ? 'campaign-message' : undefined}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text fw={700} size="sm">
                {a.title}
              </Text>
              {unread(a) && (
                <Badge size="xs" variant="light">
                  {t('announcements.new')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {[a.advertiserName, a.programName, formatDate(a.publishedAt, i18n.language)].filter(Boolean).join(' · ')}
            </Text>
            {a.kind === 'campaign' ? (
              <MarkdownView source={a.body} />
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {a.body}
              </Text>
            )}
            {unread(a) && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={markRead.isPending && markRead.variables?.messageId === a.id}
                onClick={() => markRead.mutate({ orgId: a.organizationId, messageId: a.id })}
                aria-label={`${t('announcements.markRead')}: ${a.title}`}
              >
                {t('announcements.markRead')}
              </Button>
            )}
          </article>
        ))}
      </Stack>
    </SectionCard>
  );
}
