import { Button, Group } from '@mantine/core';
import { editionTransition } from '@domain/edition-status';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgEdition } from './queries/org-editions';
import { type EditionDecisionName, EditionDecisionModal } from './edition-decision-modal';

const DECISIONS: readonly EditionDecisionName[] = ['approve', 'reject', 'suspend', 'reinstate', 'delete'];

/** One button per decision the edition's status allows (the same table the API enforces). */
export function EditionDecisions({ orgId, edition }: { orgId: string; edition: OrgEdition }) {
  const { t } = useTranslation('editions');
  const [action, setAction] = useState<EditionDecisionName | null>(null);
  const allowed = DECISIONS.filter((a) => editionTransition(edition.status, a) !== null);
  if (allowed.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {allowed.map((a) => (
        <Button
          key={a}
          size="compact-sm"
          // Moving an edition forward is primary; stopping it is secondary, ending it red.
          variant={a === 'approve' || a === 'reinstate' ? 'filled' : a === 'suspend' ? 'default' : 'light'}
          color={a === 'reject' || a === 'delete' ? 'red' : undefined}
          onClick={() => setAction(a)}
          aria-label={t(`decide.${a}.of`, { name: edition.name })}
        >
          {t(`decide.${a}.button`)}
        </Button>
      ))}
      {action && (
        <EditionDecisionModal orgId={orgId} edition={edition} action={action} onClose={() => setAction(null)} />
      )}
    </Group>
  );
}
