import { List, Stack, Text } from '@mantine/core';
import type { SentenceRule } from '@domain/reward-rule-sentence';
import type { RuleAudience } from '@domain/rule-sentence-words';
import { useRuleSentence } from './use-rule-sentence';

type RuleSentencesProps = {
  title: string;
  intro?: string;
  rules: readonly SentenceRule[];
  currency: string;
  apps: readonly { id: string; name: string }[] | undefined;
  audience: RuleAudience;
};

/** Reward rules read, not edited: one sentence each, in the order that breaks ties. Nothing when there are none. */
export function RuleSentences({ title, intro, rules, currency, apps, audience }: RuleSentencesProps) {
  const sentence = useRuleSentence(apps, audience);
  if (rules.length === 0) return null;
  return (
    <Stack gap={4} data-testid="rule-sentences">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {intro && (
        <Text size="xs" c="dimmed">
          {intro}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {rules.map((rule, i) => (
          // Rules have no stable key the affiliate may see; their order is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered in place
          <List.Item key={i} data-testid="rule-sentence">
            {sentence(rule, currency)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
