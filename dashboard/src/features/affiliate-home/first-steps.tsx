import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AffiliateHome } from './queries/affiliate-home';
import { RouterButton } from '@/ui/router-button';
import { SectionCard } from '@/ui/section-card';

const STEPS = ['hasLink', 'firstClick', 'firstConversion'] as const;

/** A new affiliate's first steps, each ticked from what the server found; hidden once every one is done. */
export function FirstSteps({ checklist, orgId }: { checklist: AffiliateHome['checklist']; orgId: string | undefined }) {
  const { t } = useTranslation('home');
  const done = STEPS.filter((step) => checklist[step]).length;
  if (done === STEPS.length) return null;
  return (
    <SectionCard
      title={t('steps.title')}
      id="first-steps"
      description={t('steps.progress', { done, total: STEPS.length })}
      data-testid="first-steps"
    >
      <List spacing="sm" center>
        {STEPS.map((step) => (
          <List.Item
            key={step}
            data-testid={`step-${step}`}
            data-done={checklist[step]}
            icon={
              <ThemeIcon
                color={checklist[step] ? 'teal.8' : 'gray.6'}
                variant={checklist[step] ? 'filled' : 'light'}
                radius="xl"
                size={24}
              >
                {checklist[step] ? <IconCheck size={16} aria-hidden /> : <IconCircleDashed size={16} aria-hidden />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600} td={checklist[step] ? 'line-through' : undefined}>
              {t(`steps.${step}.title`)}
              <Text span size="sm" c="dimmed" fw={400}>
                {' — '}
                {checklist[step] ? t('steps.done') : t(`steps.${step}.hint`)}
              </Text>
            </Text>
          </List.Item>
        ))}
      </List>
      {!checklist.hasLink && orgId && (
        <RouterButton to="/affiliate/$orgId/links/new" params={{ orgId }} search={{}}>
          {t('steps.makeLink')}
        </RouterButton>
      )}
    </SectionCard>
  );
}
