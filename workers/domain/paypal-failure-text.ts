import type { Locale } from '../../schema/enums';
import { knownPayPalPayoutError, type PayPalPayoutError } from '../contracts/paypal-payout-errors';

/**
 * Why a payout did not reach the affiliate, as a sentence they can act on. PayPal's error name never
 * appears: it is an engine's word, not the reader's; staff find it in the batch's details.
 */
const EN: Record<PayPalPayoutError, string> = {
  RECEIVER_UNREGISTERED: 'This address has no PayPal account. Sign up to PayPal with it, or set another PayPal email.',
  RECEIVER_UNCONFIRMED:
    'The PayPal account of this address is not confirmed yet. Confirm the email in PayPal, or set another PayPal email.',
  RECEIVER_ACCOUNT_LOCKED:
    'The PayPal account of this address is locked or inactive. Contact PayPal to unlock it, or set another PayPal email.',
  RECEIVER_ACCOUNT_LIMITATION:
    'PayPal has limited this account. Resolve the limitation in PayPal, or set another PayPal email.',
  RECEIVER_COUNTRY_NOT_ALLOWED:
    'PayPal does not allow payouts to this account’s country. Set the email of a PayPal account in another country.',
  RECEIVER_STATE_RESTRICTED:
    'PayPal does not allow payouts to this account’s state or region. Set the email of another PayPal account.',
  RECEIVER_YOUTH_ACCOUNT: 'PayPal does not allow payouts to a youth account. Set the email of an adult PayPal account.',
  RECEIVER_REFUSED: 'The PayPal account refused the payment. Check its payment settings in PayPal.',
  RECEIVING_LIMIT_EXCEEDED:
    'The PayPal account reached its receiving limit. Lift the limit in PayPal (it may ask you to verify the account).',
  PENDING_RECIPIENT_NON_HOLDING_CURRENCY_PAYMENT_PREFERENCE:
    'The PayPal account does not hold this currency and waits for you to accept or convert it. Accept the payment in PayPal.',
  NON_HOLDING_CURRENCY:
    'The PayPal account cannot hold this currency. Add the currency in PayPal, or set another PayPal email.',
  CURRENCY_COMPLIANCE: 'PayPal cannot send this currency to this account. Set the email of another PayPal account.',
  REGULATORY_BLOCKED: 'PayPal blocked the payment to comply with regulations. Contact PayPal about your account.',
  REGULATORY_PENDING: 'PayPal is reviewing the payment for regulatory reasons. Contact PayPal if it takes long.',
  RISK_DECLINE: 'PayPal declined the payment in its risk checks. Contact PayPal about your account.',
  INSUFFICIENT_FUNDS: 'The advertiser’s PayPal balance was too low. You need to do nothing.',
  SENDER_BALANCE_INSUFFICIENT: 'The advertiser’s PayPal balance was too low. You need to do nothing.',
  TRANSACTION_LIMIT_EXCEEDED: 'The payment was over a PayPal limit. You need to do nothing; the advertiser is told.',
  ACCOUNT_RESTRICTED: 'The advertiser’s PayPal account is restricted. You need to do nothing; the advertiser is told.',
  DUPLICATE_ITEM: 'PayPal saw the payment twice and refused the copy. You need to do nothing.',
  ZERO_AMOUNT: 'The amount was zero. You need to do nothing.',
};

const RU: Record<PayPalPayoutError, string> = {
  RECEIVER_UNREGISTERED:
    'У этого адреса нет счёта PayPal. Зарегистрируйтесь в PayPal с этим адресом или укажите другой email PayPal.',
  RECEIVER_UNCONFIRMED:
    'Счёт PayPal этого адреса ещё не подтверждён. Подтвердите email в PayPal или укажите другой email PayPal.',
  RECEIVER_ACCOUNT_LOCKED:
    'Счёт PayPal этого адреса заблокирован или неактивен. Обратитесь в PayPal или укажите другой email PayPal.',
  RECEIVER_ACCOUNT_LIMITATION:
    'PayPal ограничил этот счёт. Снимите ограничение в PayPal или укажите другой email PayPal.',
  RECEIVER_COUNTRY_NOT_ALLOWED:
    'PayPal не разрешает выплаты в страну этого счёта. Укажите email счёта PayPal в другой стране.',
  RECEIVER_STATE_RESTRICTED: 'PayPal не разрешает выплаты в регион этого счёта. Укажите email другого счёта PayPal.',
  RECEIVER_YOUTH_ACCOUNT: 'PayPal не разрешает выплаты на детский счёт. Укажите email взрослого счёта PayPal.',
  RECEIVER_REFUSED: 'Счёт PayPal отказался принять платёж. Проверьте настройки платежей в PayPal.',
  RECEIVING_LIMIT_EXCEEDED:
    'Счёт PayPal достиг лимита на получение. Снимите лимит в PayPal (он может попросить подтвердить счёт).',
  PENDING_RECIPIENT_NON_HOLDING_CURRENCY_PAYMENT_PREFERENCE:
    'Счёт PayPal не хранит эту валюту и ждёт, что вы примете или конвертируете платёж. Примите платёж в PayPal.',
  NON_HOLDING_CURRENCY:
    'Счёт PayPal не может хранить эту валюту. Добавьте валюту в PayPal или укажите другой email PayPal.',
  CURRENCY_COMPLIANCE: 'PayPal не может отправить эту валюту на этот счёт. Укажите email другого счёта PayPal.',
  REGULATORY_BLOCKED: 'PayPal заблокировал платёж по требованиям регуляторов. Обратитесь в PayPal по поводу счёта.',
  REGULATORY_PENDING: 'PayPal проверяет платёж по требованиям регуляторов. Обратитесь в PayPal, если это затянется.',
  RISK_DECLINE: 'PayPal отклонил платёж по итогам проверки рисков. Обратитесь в PayPal по поводу счёта.',
  INSUFFICIENT_FUNDS: 'На балансе PayPal рекламодателя не хватило денег. Вам ничего делать не нужно.',
  SENDER_BALANCE_INSUFFICIENT: 'На балансе PayPal рекламодателя не хватило денег. Вам ничего делать не нужно.',
  TRANSACTION_LIMIT_EXCEEDED: 'Платёж превысил лимит PayPal. Вам ничего делать не нужно: рекламодатель уведомлён.',
  ACCOUNT_RESTRICTED: 'Счёт PayPal рекламодателя ограничен. Вам ничего делать не нужно: рекламодатель уведомлён.',
  DUPLICATE_ITEM: 'PayPal получил платёж дважды и отклонил копию. Вам ничего делать не нужно.',
  ZERO_AMOUNT: 'Сумма была нулевой. Вам ничего делать не нужно.',
};

const FALLBACK: Record<Locale, string> = {
  en: 'PayPal did not accept the payment. Check that your PayPal email is right and the account can receive money.',
  ru: 'PayPal не принял платёж. Проверьте, что email PayPal указан верно и счёт может принимать деньги.',
};

/** The sentence for PayPal's error name, or the fallback for a missing or unknown one. */
export function payoutFailureSentence(locale: Locale, errorName: string | null | undefined): string {
  const known = knownPayPalPayoutError(errorName);
  if (!known) return FALLBACK[locale];
  return (locale === 'ru' ? RU : EN)[known];
}

const FUNDING: Record<Locale, string> = {
  en: 'Your PayPal balance could not cover the payout. Top up the PayPal account that pays your affiliates, then send the payout again.',
  ru: 'Баланса PayPal не хватило на выплату. Пополните счёт PayPal, с которого платите партнёрам, и отправьте выплату снова.',
};

/** What the advertiser's owners and finance members read when PayPal refused a payout for funds. */
export const fundingFailureSentence = (locale: Locale) => FUNDING[locale];
