import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useAnnouncements, useCreateAnnouncement, useDeleteAnnouncement } from './queries/announcements';
import { ErrorMessage } from '@/ui/error-message';
import { QueryState } from '@/ui/query-state';
import { SectionCard } from '@/ui/section-card';

const TITLE_MAX = 120;
const BODY_MAX = 2_000;

/** Post news to this program's affiliates (or every affiliate), shown on their home; list and take down. */
export function AnnouncementsPanel({
  orgId,
  programId,
  canEdit,
}: {
  orgId: string;
  programId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('orgprograms');
  const query = useAnnouncements(orgId);
  const create = useCreateAnnouncement(orgId);
  const remove = useDeleteAnnouncement(orgId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [everyone, setEveryone] = useState(false);
  const ready = title.trim().length > 0 && body.trim().length > 0;
  const publish = () =>
    create.mutate(
      { title: title.trim(), body: body.trim(), ...(everyone ? {} : { programId }) },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
        },
      },
    );
  return (
    <Stack maw={760} gap="md">
      {canEdit && (
        <SectionCard title={t('announcements.new')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (ready) publish();
            }}
          >
            <Stack gap="sm">
              <TextInput
                label={t('announcements.title')}
                value={title}
                maxLength={TITLE_MAX}
                onChange={(e) => setTitle(e.currentTarget.value)}
                required
              />
              <Textarea
                label={t('announcements.body')}
                description={t('announcements.bodyHint')}
                value={body}
                maxLength={BODY_MAX}
                autosize
                minRows={3}
                onChange={(e) => setBody(e.currentTarget.value)}
                required
              />
              <Checkbox
                label={t('announcements.everyone')}
                checked={everyone}
                onChange={(e) => setEveryone(e.currentTarget.checked)}
              />
              {create.isError && <ErrorMessage error={create.error} />}
              <Group>
                <Button type="submit" disabled={!ready} loading={create.isPending}>
                  {t('announcements.publish')}
                </Button>
              </Group>
            </Stack>
          </form>
        </SectionCard>
      )}
      <QueryState query={query}>
        {({ items }) => {
          const shown = items.filter((a) => a.programId === null || a.programId === programId);
          return shown.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('announcements.empty')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="announcement-list">
              {shown.map((a) => (
                <Paper key={a.id} withBorder p="md" radius="md">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Stack gap={2} miw={0}>
                      <Text fw={700}>{a.title}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(a.publishedAt, i18n.language)} ·{' '}
                        {a.programId === null ? t('announcements.toEveryone') : t('announcements.toProgram')}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {a.body}
                      </Text>
                    </Stack>
                    {canEdit && (
                      <Button
                        variant="outline"
                        color="red"
                        size="compact-sm"
                        loading={remove.isPending && remove.variables === a.id}
                        onClick={() => remove.mutate(a.id)}
                        aria-label={t('announcements.deleteOf', { title: a.title })}
                      >
                        {t('announcements.delete')}
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
