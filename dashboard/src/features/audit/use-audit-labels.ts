import { useTranslation } from 'react-i18next';
import type { AuditAction } from '@schema/enums';

/** What a person reads for an audit entry's codes: the action, the target's kind and the actor's role. */
export function useAuditLabels() {
  const { t } = useTranslation('audit');
  return {
    action: (code: AuditAction) => t(`actions.${code}`),
    // Kinds and roles the API adds later fall back to their code rather than a blank.
    target: (type: string) => t(`targets.${type}` as 'targets.user', { defaultValue: type }),
    role: (role: string) => t(`roles.${role}` as 'roles.owner', { defaultValue: role }),
    system: () => t('system'),
    platformStaff: () => t('platformStaff'),
    anyAction: () => t('anyAction'),
    clearAction: () => t('clearAction'),
  };
}
