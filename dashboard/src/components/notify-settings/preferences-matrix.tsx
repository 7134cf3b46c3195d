import { Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences, PreferenceChange } from '../../queries/notification-settings';
import { useSaveNotificationPreferences } from '../../queries/notification-settings';
import { useNotifySaved } from '../account/use-notify-saved';
import { ErrorState } from '../error-state';

type Channel = PreferenceChange['channel'];
type Event = PreferenceChange['event'];
const CHANNELS: Channel[] = ['email', 'telegram', 'in_app'];
const cellKey = (event: Event, channel: Channel) => `${event}:${channel}`;

/**
 * Events × channels, one switch per cell (Space toggles it), saved together. Events the API adds
 * later appear with their code as the label until they get a translation.
 */
export function PreferencesMatrix({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation('notifysettings');
  const notifySaved = useNotifySaved();
  const save = useSaveNotificationPreferences();
  const saved = new Map(
    preferences.events.flatMap((e) => e.channels.map((c) => [cellKey(e.event, c.channel), c.enabled] as const)),
  );
  const [draft, setDraft] = useState<Map<string, boolean>>(new Map());
  const value = (event: Event, channel: Channel) =>
    draft.get(cellKey(event, channel)) ?? saved.get(cellKey(event, channel)) ?? false;
  const changes: PreferenceChange[] = [...draft.entries()]
    .filter(([key, enabled]) => saved.get(key) !== enabled)
    .map(([key, enabled]) => {
      const [event, channel] = key.split(':') as [Event, Channel];
      return { event, channel, enabled };
    });
  const channelLabel = (channel: Channel) => t(`channels.${channel}`);
  const eventLabel = (event: string) => t(`events.${event}` as 'events.payout', { defaultValue: event });
  const eventHint = (event: string) => t(`hints.${event}` as 'hints.payout', { defaultValue: '' });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(changes, {
          onSuccess: () => {
            setDraft(new Map());
            notifySaved(t('saved'));
          },
        });
      }}
    >
      <Table layout="fixed" verticalSpacing="sm" horizontalSpacing={6} data-testid="preferences-matrix">
        <caption>
          <VisuallyHidden>{t('matrixCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {/* Narrower on a phone, so three channel headings fit at 375 px without breaking words. */}
            <Table.Th w={{ base: '34%', sm: '46%' }}>{t('event')}</Table.Th>
            {CHANNELS.map((channel) => (
              <Table.Th key={channel} ta="center" px={2}>
                <Text fz={{ base: 'xs', sm: 'sm' }} fw={600}>
                  {channelLabel(channel)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preferences.events.map(({ event }) => (
            <Table.Tr key={event}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {eventLabel(event)}
                </Text>
                {eventHint(event) && (
                  <Text size="xs" c="dimmed" visibleFrom="sm">
                    {eventHint(event)}
                  </Text>
                )}
              </Table.Th>
              {CHANNELS.map((channel) => (
                <Table.Td key={channel}>
                  <Group justify="center">
                    <Switch
                      checked={value(event, channel)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setDraft((prev) => new Map(prev).set(cellKey(event, channel), checked));
                      }}
                      aria-label={t('cellLabel', { event: eventLabel(event), channel: channelLabel(channel) })}
                      data-testid={`pref-${event}-${channel}`}
                    />
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {save.isError && <ErrorState error={save.error} />}
      <Group justify="flex-end" gap="sm" mt="md" wrap="wrap">
        {changes.length > 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('unsaved', { count: changes.length })}
          </Text>
        )}
        <Button variant="default" disabled={changes.length === 0} onClick={() => setDraft(new Map())}>
          {t('discard')}
        </Button>
        <Button type="submit" disabled={changes.length === 0} loading={save.isPending}>
          {t('save')}
        </Button>
      </Group>
    </form>
  );
}
