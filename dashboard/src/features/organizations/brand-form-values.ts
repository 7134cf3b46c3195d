import type { ImageChoice } from '@/ui/brand-file';
import type { Organization } from './queries/organizations';

export const BRAND_COLOR = /^#[0-9a-fA-F]{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PORTAL_NAME_MAX = 100;

export type BrandFormValues = { portalName: string; primaryColor: string; supportEmail: string };
export type BrandFormError = 'portalNameInvalid' | 'colorInvalid' | 'supportEmailInvalid';

/** The form of the saved brand: a field left unset is ''. */
export function brandToForm(branding: Organization['branding']): BrandFormValues {
  return {
    portalName: branding.portalName ?? '',
    primaryColor: branding.primaryColor ?? '',
    supportEmail: branding.supportEmail ?? '',
  };
}

/** Each field's rule, as the API has it; null where the field is fine (blank clears it). */
export const brandFieldRules: { [K in keyof BrandFormValues]: (value: string) => BrandFormError | null } = {
  portalName: (v) => (v.trim().length > PORTAL_NAME_MAX ? 'portalNameInvalid' : null),
  primaryColor: (v) => (v === '' || BRAND_COLOR.test(v) ? null : 'colorInvalid'),
  supportEmail: (v) => (v.trim() === '' || EMAIL.test(v.trim()) ? null : 'supportEmailInvalid'),
};

/**
 * The PATCH body's branding: blank fields clear, the colour lower-cased; the logo removed or linked (a new file
 * uploads first and points the branding at itself, so it is not in the body), the favicon only removed.
 */
export function brandBody(values: BrandFormValues, logo: ImageChoice, favicon: ImageChoice) {
  return {
    portalName: values.portalName.trim() || null,
    primaryColor: values.primaryColor ? values.primaryColor.toLowerCase() : null,
    supportEmail: values.supportEmail.trim() || null,
    ...(logo.kind === 'remove'
      ? { logoUrl: null }
      : logo.kind === 'link' && logo.url.trim()
        ? { logoUrl: logo.url.trim() }
        : {}),
    ...(favicon.kind === 'remove' ? { faviconUrl: null } : {}),
  };
}
