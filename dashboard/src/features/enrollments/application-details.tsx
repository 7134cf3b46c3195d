import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelIn } from '@domain/application-kinds';
import { formatDateTime } from '@/lib/format';
import type { Enrollment } from './queries/org-enrollments';
import { useRuleSentence } from './use-rule-sentence';

type Application = Enrollment['application'];

/** Whether the enrollment carries anything from applying: answers, accepted terms or an auto-approval. */
export const hasApplication = (a: Application) => a.answers !== null || a.terms !== null || a.autoApprovedBy !== null;

/** The answers as given (with each question as it was asked), the terms version accepted, and the rule that approved it. */
export function ApplicationDetails({ application: a }: { application: Application }) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const ruleSentence = useRuleSentence();
  return (
    <Stack gap="sm">
      {a.answers === null || a.answers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(a.answers === null ? 'review.noForm' : 'review.noAnswers')}
        </Text>
      ) : (
        <Stack gap="xs" component="dl" m={0}>
          {a.answers.map((answer) => (
            <div key={answer.questionId}>
              <Text component="dt" size="sm" fw={600}>
                {labelIn(answer.label, i18n.language)}
              </Text>
              <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {answer.kind === 'url' && typeof answer.value === 'string' ? (
                  <Anchor href={answer.value} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                    {answer.value}
                  </Anchor>
                ) : answer.chosen ? (
                  answer.chosen.map((o) => labelIn(o.label, i18n.language)).join(', ')
                ) : Array.isArray(answer.value) ? (
                  answer.value.join(', ')
                ) : (
                  answer.value
                )}
              </Text>
            </div>
          ))}
        </Stack>
      )}
      <Group gap="xs" wrap="wrap">
        {a.terms ? (
          <Text size="sm">
            {t('review.termsAccepted', {
              version: a.terms.version,
              date: formatDateTime(a.terms.acceptedAt, i18n.language),
              ip: a.terms.ip ?? '—',
            })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('review.noTerms')}
          </Text>
        )}
      </Group>
      {a.autoApprovedBy && (
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="teal">
            {t('review.autoApproved')}
          </Badge>
          <Text size="sm">{ruleSentence(a.autoApprovedBy)}</Text>
        </Group>
      )}
    </Stack>
  );
}
