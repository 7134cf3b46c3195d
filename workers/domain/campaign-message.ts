import type { Locale } from '../../schema/enums';
import { escapeHtml, markdownToText, renderMarkdown } from './markdown';

/** A campaign's two language variants; a variant is there when both its subject and body are. */
export interface CampaignVariants {
  subjectEn: string | null;
  bodyEn: string | null;
  subjectRu: string | null;
  bodyRu: string | null;
}

/** The language a recipient reads: their own when the campaign has it, else the one it has. */
export function pickLanguage(variants: CampaignVariants, locale: Locale): Locale {
  const has = (l: Locale) => (l === 'en' ? variants.subjectEn !== null : variants.subjectRu !== null);
  if (has(locale)) return locale;
  return locale === 'en' ? 'ru' : 'en';
}

/** Subject and Markdown body in one language (the caller picked one the campaign has). */
export function variantOf(variants: CampaignVariants, language: Locale): { subject: string; body: string } {
  return language === 'ru'
    ? { subject: variants.subjectRu ?? '', body: variants.bodyRu ?? '' }
    : { subject: variants.subjectEn ?? '', body: variants.bodyEn ?? '' };
}

const FOOTER: Record<Locale, { why: (advertiser: string) => string; unsubscribe: string }> = {
  en: {
    why: (advertiser) => `You receive this as an affiliate of ${advertiser}.`,
    unsubscribe: 'Unsubscribe from these emails',
  },
  ru: {
    why: (advertiser) => `Вы получили это письмо как партнёр ${advertiser}.`,
    unsubscribe: 'Отписаться от этих писем',
  },
};

export interface CampaignEmailInput {
  variants: CampaignVariants;
  language: Locale;
  advertiserName: string;
  /** The one-click page for marketing email; null for transactional email, which has none. */
  unsubscribeUrl: string | null;
}

/**
 * One recipient's email: the subject, the Markdown as plain text (its marks taken out) for the text part, the
 * rendered subset as HTML,
 * and for marketing email a footer with the unsubscribe link (the List-Unsubscribe headers are the
 * caller's: they name the API's one-click endpoint).
 */
export function campaignEmail(input: CampaignEmailInput): { subject: string; text: string; html: string } {
  const { subject, body } = variantOf(input.variants, input.language);
  const footer = FOOTER[input.language];
  const why = footer.why(input.advertiserName);
  const text = [
    markdownToText(body),
    '',
    '--',
    why,
    ...(input.unsubscribeUrl ? [`${footer.unsubscribe}: ${input.unsubscribeUrl}`] : []),
  ];
  const link = input.unsubscribeUrl ? ` <a href="${escapeHtml(input.unsubscribeUrl)}">${footer.unsubscribe}</a>` : '';
  const html = `${renderMarkdown(body)}\n<hr>\n<p style="color:#666;font-size:12px">${escapeHtml(why)}${link}</p>`;
  return { subject, text: text.join('\n'), html };
}
