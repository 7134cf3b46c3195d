export { EditionSettingsSection } from './edition-settings-section';
export { EditionWizardPage } from './edition-wizard-page';
export { EditionsHomeCard } from './editions-home-card';
export { MyEditionsPage } from './my-editions-page';
export { OrgEditionsPage } from './org-editions-page';
export { useMyEditions } from './queries/my-editions';
export { orgEditionsQueryOptions, useOrgEditions } from './queries/org-editions';
