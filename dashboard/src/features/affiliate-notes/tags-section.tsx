import { ActionIcon, Badge, Group, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddTag, useAffiliateTags, useRemoveTag } from './queries/affiliate-notes';
import { ErrorMessage } from '@/ui/error-message';
import { QueryState } from '@/ui/query-state';

/** The team's labels on the affiliate; owners and admins add and remove them. */
export function TagsSection({ orgId, affiliateId, canEdit }: { orgId: string; affiliateId: string; canEdit: boolean }) {
  const { t } = useTranslation('orgprograms');
  const tags = useAffiliateTags(orgId, affiliateId);
  const add = useAddTag(orgId, affiliateId);
  const remove = useRemoveTag(orgId, affiliateId);
  const [text, setText] = useState('');
  const submit = () => {
    const tag = text.trim();
    if (tag) add.mutate(tag, { onSuccess: () => setText('') });
  };
  return (
    <QueryState query={tags}>
      {(list) => (
        <Group gap="xs" wrap="wrap" align="center" data-testid="profile-tags">
          {list.length === 0 && !canEdit && (
            <Badge variant="outline" color="gray">
              {t('profile.tags.none')}
            </Badge>
          )}
          {list.map((tag) => (
            <Badge
              key={tag.id}
              variant="light"
              color="grape"
              data-testid="tag"
              rightSection={
                canEdit && (
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    color="grape.9"
                    aria-label={t('profile.tags.remove', { tag: tag.tag })}
                    onClick={() => remove.mutate(tag.id)}
                  >
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                )
              }
            >
              {tag.tag}
            </Badge>
          ))}
          {canEdit && (
            <TextInput
              size="xs"
              w={180}
              aria-label={t('profile.tags.add')}
              placeholder={t('profile.tags.placeholder')}
              value={text}
              maxLength={40}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') submit();
              }}
              error={add.error ? <ErrorMessage error={add.error} /> : undefined}
              rightSection={
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  aria-label={t('profile.tags.add')}
                  onClick={submit}
                  loading={add.isPending}
                >
                  <IconPlus size={14} aria-hidden />
                </ActionIcon>
              }
              data-testid="tag-input"
            />
          )}
        </Group>
      )}
    </QueryState>
  );
}
