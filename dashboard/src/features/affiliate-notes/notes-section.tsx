import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useAddNote, useAffiliateNotes, useDeleteNote } from './queries/affiliate-notes';
import { ErrorMessage } from '@/ui/error-message';
import { QueryState } from '@/ui/query-state';
import { ProfileSection } from './section';

const MAX_NOTE = 5_000;

/** The team's notes about the affiliate, newest first; the affiliate never sees them. */
export function NotesSection({
  orgId,
  affiliateId,
  canEdit,
}: {
  orgId: string;
  affiliateId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('orgprograms');
  const notes = useAffiliateNotes(orgId, affiliateId);
  const add = useAddNote(orgId, affiliateId);
  const remove = useDeleteNote(orgId, affiliateId);
  const [text, setText] = useState('');
  return (
    <ProfileSection title={t('profile.notes.title')} testId="profile-notes">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('profile.notes.private')}
        </Text>
        {canEdit && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (text.trim()) add.mutate(text.trim(), { onSuccess: () => setText('') });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('profile.notes.add')}
                autosize
                minRows={2}
                maxLength={MAX_NOTE}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={add.error ? <ErrorMessage error={add.error} /> : undefined}
                data-testid="note-input"
              />
              <Group justify="flex-end">
                <Button type="submit" size="xs" loading={add.isPending} disabled={!text.trim()}>
                  {t('profile.notes.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <QueryState query={notes}>
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('profile.notes.none')}
              </Text>
            ) : (
              <Stack gap="sm">
                {list.map((note) => (
                  <Paper key={note.id} withBorder p="sm" radius="sm" data-testid="note">
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {note.body}
                      </Text>
                      {canEdit && (
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('profile.notes.delete')}
                          onClick={() => remove.mutate(note.id)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('profile.notes.by', {
                        author: note.author?.name ?? t('profile.notes.formerMember'),
                        date: formatDateTime(note.createdAt, i18n.language),
                      })}
                    </Text>
                  </Paper>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </ProfileSection>
  );
}
