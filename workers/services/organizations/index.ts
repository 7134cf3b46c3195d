export type { Organization } from '../../../schema';
export { createOrganization } from './create-organization';
export { getOnboarding, type Onboarding } from './get-onboarding';
export { getOrganization } from './get-organization';
export { listMyOrganizations } from './list-my-organizations';
export { setTwoFactorRequirement } from './set-two-factor-requirement';
export { updateOrganization } from './update-organization';
export { type BrandImageKind, uploadBrandImage } from './upload-brand-image';
export { listPlatformOrganizations } from './list-platform-organizations';
