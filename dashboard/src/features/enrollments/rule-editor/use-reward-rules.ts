import { useState } from 'react';
import { serverIssues } from '@/lib/forms/server-issues';
import type { ProgramGroup } from '../queries/program-groups';
import type { DraftRule } from './rule-draft';
import { draftToRule, ruleToDraft } from './rule-draft-convert';
import { editorPath, type RuleFieldError, validateRules } from './rule-draft-validate';

type RulesProgram = { currency: string; payoutModel: string };
/** An editor path's error: one of the form's own checks, or `server` when the API refused the field. */
export type RuleErrors = Record<string, RuleFieldError | 'server'>;

/**
 * The group form's reward rules, kept beside its @mantine/form values: the rules' tree does not fit its flat
 * field paths well, and the group's other sections stay as they are. Checked on submit, then on every change.
 */
export function useRewardRules(group: ProgramGroup | null, program: RulesProgram) {
  const [rules, setRulesState] = useState<DraftRule[]>(() =>
    (group?.rewardRules ?? []).map((rule) => ruleToDraft(rule, program.currency)),
  );
  const [checked, setChecked] = useState(false);
  const [errors, setErrors] = useState<RuleErrors>({});
  /** Counts save attempts and refusals, so the editor can open the rules they found wrong. */
  const [attempt, setAttempt] = useState(0);
  const setRules = (next: DraftRule[]) => {
    setRulesState(next);
    if (checked) setErrors(validateRules(next, program));
  };
  return {
    rules,
    setRules,
    errors,
    attempt,
    /** Shows every problem; true when the rules may be sent. */
    check: () => {
      const found = validateRules(rules, program);
      setChecked(true);
      setErrors(found);
      setAttempt((n) => n + 1);
      return Object.keys(found).length === 0;
    },
    body: () => rules.map((rule) => draftToRule(rule, program.currency)),
    /** Puts the API's refusals of rule fields beside them. */
    showServerErrors: (error: unknown) => {
      const found: RuleErrors = {};
      for (const issue of serverIssues(error)) {
        const path = editorPath(issue.path);
        if (path !== null) found[path] = 'server';
      }
      setErrors((current) => ({ ...current, ...found }));
      setAttempt((n) => n + 1);
    },
  };
}

export type RewardRulesState = ReturnType<typeof useRewardRules>;
