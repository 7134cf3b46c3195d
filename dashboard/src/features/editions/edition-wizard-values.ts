import { defaultEditionPrice, priceIssue } from '@domain/edition-price';
import { formatMinorUnits } from '@domain/format-minor-units';
import type { EditionDomainKind } from '@schema/enums';
import type { CreateEdition, EditionApp, MyEdition } from './queries/my-editions';
import { minorOf } from '@/features/programs';

/** The wizard's fields as typed; prices in major units of each plan's currency, in the app's order of plans. */
export type EditionWizardValues = {
  appId: string;
  name: string;
  primaryColor: string;
  accentColor: string;
  domainKind: EditionDomainKind;
  /** The label under the app's base domain (`alice` of alice.podruga.example). */
  subdomain: string;
  /** The affiliate's own hostname. */
  customHost: string;
  /** Plans the edition sells. */
  planCodes: string[];
  /** By the offer's index, not its code: a code may hold a dot, which a form path would split. */
  prices: string[];
};

export const WIZARD_STEPS = ['app', 'brand', 'domain', 'plans', 'preview'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What is wrong with a field, as a key of the wizard's `errors.*` texts. */
export type WizardError =
  | 'app'
  | 'enroll'
  | 'name'
  | 'color'
  | 'subdomain'
  | 'customHost'
  | 'plans'
  | 'priceFormat'
  | 'priceBelow'
  | 'priceAbove';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const EDITION_NAME_MAX = 80;

type Offer = EditionApp['plans'][number];

/** A price as the form shows it: the currency's own decimals, no float in between. */
export const majorOf = (minor: number, currency: string) => formatMinorUnits(minor, currency);

/** The subdomain label of a stored host under the app's base domain, or '' when it is not one. */
const labelOf = (host: string, baseDomain: string | null) =>
  baseDomain && host.endsWith(`.${baseDomain}`) ? host.slice(0, -baseDomain.length - 1) : '';

/** A saved edition as the wizard shows it, or a new one: the only app chosen, every plan at its default price. */
export function editionToWizard(edition: MyEdition | null, apps: EditionApp[]): EditionWizardValues {
  const app = apps.find((a) => a.appId === edition?.appId) ?? (apps.length === 1 ? apps[0] : undefined);
  const prices = (app?.plans ?? []).map((offer) => {
    const saved = edition?.plans.find((p) => p.code === offer.code);
    return majorOf(saved?.priceMinor ?? defaultEditionPrice(offer), offer.currency);
  });
  if (!edition)
    return {
      appId: app?.appId ?? '',
      name: '',
      primaryColor: '',
      accentColor: '',
      domainKind: app?.domainKinds[0] ?? 'subdomain',
      subdomain: '',
      customHost: '',
      planCodes: (app?.plans ?? []).map((offer) => offer.code),
      prices,
    };
  return {
    appId: edition.appId,
    name: edition.name,
    primaryColor: edition.primaryColor ?? '',
    accentColor: edition.accentColor ?? '',
    domainKind: edition.domainKind,
    subdomain: edition.domainKind === 'subdomain' ? labelOf(edition.host, app?.baseDomain ?? null) : '',
    customHost: edition.domainKind === 'custom' ? edition.host : '',
    planCodes: edition.plans.map((p) => p.code),
    prices,
  };
}

/** The host the edition asks for, as the API will store it, or '' while the field cannot be one. */
export function wizardHost(v: EditionWizardValues, app: EditionApp | undefined): string {
  if (v.domainKind === 'subdomain') {
    const label = v.subdomain.trim().toLowerCase();
    return app?.baseDomain && LABEL.test(label) && !label.includes('--') ? `${label}.${app.baseDomain}` : '';
  }
  const host = v.customHost.trim().toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(host) ? host : '';
}

/** The price a plan sells at: the one discounted price, or the typed one (null while it is not an amount). */
export const soldPrice = (offer: Offer, text: string): number | null =>
  offer.bounds.kind === 'discount' ? defaultEditionPrice(offer) : minorOf(text, offer.currency);

/** Why a plan's typed price cannot be sold, or null; a discounted plan has one price and is always fine. */
export function planPriceError(offer: Offer, text: string): WizardError | null {
  if (offer.bounds.kind === 'discount') return null;
  const minor = minorOf(text, offer.currency);
  if (minor === null) return 'priceFormat';
  if (priceIssue(offer, minor) === null) return null;
  return minor < offer.bounds.minMinor ? 'priceBelow' : 'priceAbove';
}

/** The problems of one step's fields, by form path; empty when the wizard may go on. */
export function stepErrors(
  step: WizardStep,
  v: EditionWizardValues,
  app: EditionApp | undefined,
): Record<string, WizardError> {
  const errors: Record<string, WizardError> = {};
  if (step === 'app' && !app) errors.appId = 'app';
  // Editions earn through the app's program: the API refuses an affiliate who is not active in it.
  else if (step === 'app' && !app?.enrolled) errors.appId = 'enroll';
  if (step === 'brand') {
    const name = v.name.trim();
    if (!name || name.length > EDITION_NAME_MAX) errors.name = 'name';
    if (v.primaryColor && !COLOR.test(v.primaryColor)) errors.primaryColor = 'color';
    if (v.accentColor && !COLOR.test(v.accentColor)) errors.accentColor = 'color';
  }
  if (step === 'domain' && !wizardHost(v, app))
    errors[v.domainKind === 'subdomain' ? 'subdomain' : 'customHost'] =
      v.domainKind === 'subdomain' ? 'subdomain' : 'customHost';
  if (step === 'plans') {
    const offers = app?.plans ?? [];
    if (offers.length > 0 && !offers.some((offer) => v.planCodes.includes(offer.code))) errors.planCodes = 'plans';
    offers.forEach((offer, i) => {
      const problem = v.planCodes.includes(offer.code) ? planPriceError(offer, v.prices[i] ?? '') : null;
      if (problem) errors[`prices.${i}`] = problem;
    });
  }
  return errors;
}

/** Every step's problems at once: the first step with one is where the wizard sends the affiliate back. */
export function firstInvalidStep(v: EditionWizardValues, app: EditionApp | undefined): WizardStep | null {
  return WIZARD_STEPS.find((step) => Object.keys(stepErrors(step, v, app)).length > 0) ?? null;
}

/** The request body of a complete wizard, or null while a step still has a problem. */
export function wizardToBody(v: EditionWizardValues, app: EditionApp | undefined): CreateEdition | null {
  if (!app || firstInvalidStep(v, app)) return null;
  return {
    appId: app.appId,
    name: v.name.trim(),
    primaryColor: v.primaryColor ? v.primaryColor.toLowerCase() : null,
    accentColor: v.accentColor ? v.accentColor.toLowerCase() : null,
    domainKind: v.domainKind,
    host: wizardHost(v, app),
    plans: app.plans.flatMap((offer, i) =>
      v.planCodes.includes(offer.code)
        ? [{ code: offer.code, priceMinor: soldPrice(offer, v.prices[i] ?? '') ?? 0 }]
        : [],
    ),
  };
}
