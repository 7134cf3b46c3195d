import type { Locale } from '../../schema/enums';
import { deliveryFailureReason, ruPlural } from './delivery-failure-text';
import {
  amount,
  day,
  num,
  type Renderer,
  str,
  type TemplateData,
  type TemplateTexts,
} from './notification-template-parts';
import { fundingFailureSentence, payoutFailureSentence } from './paypal-failure-text';
import { endSentence } from './sentence';
import { railPaidNotice, railPayeeName } from './payout-rails';
import { orgTemplates } from './notification-templates-org';
import { affiliateReview } from './notification-templates-review';
import { groupChange } from './notification-templates-group';
import { workflowFired } from './notification-templates-workflow';
import { bountyDecided } from './notification-templates-bounty';
import { editionChanged } from './notification-templates-edition';
import { messageReceived } from './notification-templates-message';
import { programApproved } from './notification-templates-program';

/** The name shown when no advertiser's brand applies. */
export const PLATFORM_NAME = 'Affiliate Edge';

export interface NotificationTemplateInput {
  event: string;
  data: Record<string, unknown>;
  locale: Locale;
  /** The advertiser's portal name or organization name; null: the platform's. */
  brand: string | null;
  /** The producer's English title and body: used for an event or a shape no template knows. */
  fallback: { title: string; body: string };
}

export interface RenderedNotification {
  /** Headline (in-app title, email subject after the brand). */
  title: string;
  body: string;
  /** Email subject: the brand, then the headline. */
  subject: string;
  /** Full plain text for email and Telegram: headline, body, the link line when there is one, signature. */
  text: string;
}

// What a postback was about, by its event type (a `rejected` postback reports a rejected conversion).
const POSTBACK_ABOUT_EN: Record<string, string> = {
  click: 'a click',
  lead: 'a lead',
  sale: 'a sale',
  rejected: 'a rejected conversion',
};
const POSTBACK_ABOUT_RU: Record<string, string> = {
  click: 'о клике',
  lead: 'о лиде',
  sale: 'о продаже',
  rejected: 'об отклонённой конверсии',
};

/** A payout notice of an item sent to or paid by its rail (the rail may have its own wording for these). */
const sentOrPaid = (d: TemplateData) => str(d, 'status') === 'sent' || str(d, 'status') === 'success';

const en: Record<string, Renderer> = {
  ...orgTemplates('en'),
  affiliate_review: affiliateReview('en'),
  group_change: groupChange('en'),
  workflow: workflowFired('en'),
  bounty: bountyDecided('en'),
  edition: editionChanged('en'),
  message: messageReceived('en'),
  program_approved: programApproved('en'),
  conversion: (d) => {
    const money = amount(d, 'amountMinor');
    if (!money) return null;
    const level = num(d, 'level') ?? 0;
    const kind = str(d, 'eventType') === 'lead' ? 'lead' : 'sale';
    return {
      title: level > 0 ? `Level ${level} commission: ${money}` : `New ${kind}: ${money}`,
      body: `You earned ${money}. It is on hold until the advertiser's hold period ends.`,
    };
  },
  rejection: (d) =>
    str(d, 'eventType') && {
      title: `A ${str(d, 'eventType') === 'lead' ? 'lead' : 'sale'} was rejected`,
      body: `Reason: ${endSentence(str(d, 'reason') ?? 'rejected by the advertiser')}`,
    },
  cancellation: (d) => {
    if (!str(d, 'cancelKind')) return null;
    const reversed = amount(d, 'reversedMinor');
    const refund = str(d, 'cancelKind') === 'refund';
    return {
      title: refund ? 'A customer was refunded' : 'A customer cancelled their subscription',
      body:
        str(d, 'cancelEffect') === 'recurring_ended'
          ? 'Their recurring commissions end here; the commissions already earned stay yours.'
          : reversed && num(d, 'reversedMinor')! > 0
            ? `${reversed} of your commission was reversed.`
            : 'No commission was affected.',
    };
  },
  payout: (d) => {
    const money = amount(d, 'amountMinor');
    const to = str(d, 'receiverEmail') ?? railPayeeName(str(d, 'rail'), 'en');
    if (!money) return null;
    // A rail with its own wording (no email to name) says how the money reaches the affiliate.
    const own = sentOrPaid(d) ? railPaidNotice(str(d, 'rail'), 'en', money) : null;
    if (own) return own;
    switch (str(d, 'status')) {
      case 'sent':
        return { title: `Payout of ${money} sent`, body: `${money} is on its way to ${to} through PayPal.` };
      case 'success':
        return { title: `Payout of ${money} paid`, body: `${money} was paid to your PayPal account ${to}.` };
      case 'unclaimed': {
        const by = day('en', str(d, 'claimBy'));
        return {
          title: `Claim your payout of ${money}`,
          body: `PayPal is holding ${money} for ${to}, which has no PayPal account yet. Sign up or log in to PayPal with ${to} ${by ? `by ${by}` : 'within 30 days of the payout'} to claim it; otherwise PayPal returns it and it goes back to your balance.`,
        };
      }
      case 'failed':
        return {
          title: `Payout of ${money} failed`,
          body: `The payout to ${to} did not go through. ${payoutFailureSentence('en', str(d, 'errorCode'))} The money is back in your balance and goes out with the next payout.`,
        };
      default:
        return null;
    }
  },
  low_balance: (d) => {
    if (str(d, 'kind') === 'payout_funding')
      return { title: 'Payouts could not be funded', body: fundingFailureSentence('en') };
    const money = amount(d, 'balanceMinor');
    const min = amount(d, 'minimumMinor');
    if (!money || !min) return null;
    return {
      title: `Your balance reached the payout minimum`,
      body: `Your approved balance is ${money}, at or above the minimum of ${min}: it goes out with the next payout.`,
    };
  },
  postback_error: (d) => {
    if (!str(d, 'host')) return null;
    const about = POSTBACK_ABOUT_EN[str(d, 'eventType') ?? ''];
    const attempts = num(d, 'attempts') ?? 1;
    const reason = deliveryFailureReason('en', num(d, 'lastStatusCode'), str(d, 'lastError'));
    return {
      title: about ? `A postback about ${about} was not delivered` : 'A postback was not delivered',
      body: `We could not deliver it to ${str(d, 'host')}: ${reason}. We tried ${attempts} ${attempts === 1 ? 'time' : 'times'}. Check that your postback URL works; support can send it again.`,
    };
  },
};

const ru: Record<string, Renderer> = {
  ...orgTemplates('ru'),
  affiliate_review: affiliateReview('ru'),
  group_change: groupChange('ru'),
  workflow: workflowFired('ru'),
  bounty: bountyDecided('ru'),
  edition: editionChanged('ru'),
  message: messageReceived('ru'),
  program_approved: programApproved('ru'),
  conversion: (d) => {
    const money = amount(d, 'amountMinor');
    if (!money) return null;
    const level = num(d, 'level') ?? 0;
    const kind = str(d, 'eventType') === 'lead' ? 'Новый лид' : 'Новая продажа';
    return {
      title: level > 0 ? `Комиссия уровня ${level}: ${money}` : `${kind}: ${money}`,
      body: `Вы заработали ${money}. Сумма заморожена до конца периода холда рекламодателя.`,
    };
  },
  rejection: (d) =>
    str(d, 'eventType') && {
      title: str(d, 'eventType') === 'lead' ? 'Лид отклонён' : 'Продажа отклонена',
      body: `Причина: ${endSentence(str(d, 'reason') ?? 'отклонено рекламодателем')}`,
    },
  cancellation: (d) => {
    if (!str(d, 'cancelKind')) return null;
    const reversed = amount(d, 'reversedMinor');
    const refund = str(d, 'cancelKind') === 'refund';
    return {
      title: refund ? 'Клиенту вернули деньги' : 'Клиент отменил подписку',
      body:
        str(d, 'cancelEffect') === 'recurring_ended'
          ? 'Повторные комиссии за этого клиента прекращаются; уже заработанные остаются вашими.'
          : reversed && num(d, 'reversedMinor')! > 0
            ? `Списано ${reversed} вашей комиссии.`
            : 'Комиссии это не затронуло.',
    };
  },
  payout: (d) => {
    const money = amount(d, 'amountMinor');
    const to = str(d, 'receiverEmail') ?? railPayeeName(str(d, 'rail'), 'ru');
    if (!money) return null;
    const own = sentOrPaid(d) ? railPaidNotice(str(d, 'rail'), 'ru', money) : null;
    if (own) return own;
    switch (str(d, 'status')) {
      case 'sent':
        return { title: `Выплата ${money} отправлена`, body: `${money} отправлены через PayPal на ${to}.` };
      case 'success':
        return { title: `Выплата ${money} зачислена`, body: `${money} зачислены на ваш счёт PayPal ${to}.` };
      case 'unclaimed': {
        const by = day('ru', str(d, 'claimBy'));
        return {
          title: `Получите выплату ${money}`,
          body: `PayPal удерживает ${money} для ${to}: у этого адреса ещё нет счёта PayPal. Зарегистрируйтесь или войдите в PayPal с адресом ${to} ${by ? `до ${by}` : 'в течение 30 дней после выплаты'}, иначе PayPal вернёт деньги и они вернутся на ваш баланс.`,
        };
      }
      case 'failed':
        return {
          title: `Выплата ${money} не прошла`,
          body: `Выплата на ${to} не прошла. ${payoutFailureSentence('ru', str(d, 'errorCode'))} Деньги вернулись на баланс и уйдут со следующей выплатой.`,
        };
      default:
        return null;
    }
  },
  low_balance: (d) => {
    if (str(d, 'kind') === 'payout_funding')
      return { title: 'Не хватило средств на выплаты', body: fundingFailureSentence('ru') };
    const money = amount(d, 'balanceMinor');
    const min = amount(d, 'minimumMinor');
    if (!money || !min) return null;
    return {
      title: 'Баланс достиг минимума для выплаты',
      body: `Ваш подтверждённый баланс — ${money}, не меньше минимума ${min}: он уйдёт со следующей выплатой.`,
    };
  },
  postback_error: (d) => {
    if (!str(d, 'host')) return null;
    const about = POSTBACK_ABOUT_RU[str(d, 'eventType') ?? ''];
    const attempts = num(d, 'attempts') ?? 1;
    const reason = deliveryFailureReason('ru', num(d, 'lastStatusCode'), str(d, 'lastError'));
    return {
      title: about ? `Постбэк ${about} не доставлен` : 'Постбэк не доставлен',
      body: `Не удалось доставить его на ${str(d, 'host')}: ${reason}. Мы сделали ${attempts} ${ruPlural(attempts, 'попытку', 'попытки', 'попыток')}. Проверьте, что URL постбэка работает; поддержка может отправить его повторно.`,
    };
  },
};

const SIGN: Record<Locale, (brand: string) => string> = {
  en: (brand) => `— ${brand}`,
  ru: (brand) => `— ${brand}`,
};

/**
 * The message one user reads, in their language and under the advertiser's brand when one
 * applies (never the platform's name then). Events without a template here keep the producer's
 * own title and body, so a new event flows through every channel unchanged.
 */
export function renderNotification(input: NotificationTemplateInput): RenderedNotification {
  const renderers = input.locale === 'ru' ? ru : en;
  const texts: NonNullable<TemplateTexts> = renderers[input.event]?.(input.data) || input.fallback;
  const brand = input.brand?.trim() || PLATFORM_NAME;
  return {
    title: texts.title,
    body: texts.body,
    subject: `${brand}: ${texts.title}`,
    text: `${texts.title}\n\n${texts.body}\n\n${texts.link ? `${texts.link}\n\n` : ''}${SIGN[input.locale](brand)}`,
  };
}
