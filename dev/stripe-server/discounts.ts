// Coupons and promotion codes as Stripe's API documents them (checked against stripe/openapi's
// spec3 and fixtures: POST /v1/coupons, GET /v1/coupons/{coupon}, POST /v1/promotion_codes with
// promotion[type]=coupon and promotion[coupon] (API version 2025-09-30.clover and later),
// GET/POST /v1/promotion_codes/{promotion_code}, GET /v1/promotion_codes?code=&coupon=&active=).
// Each API key is its own account here, so two advertisers' keys never see each other's objects.
import { field, type FormObject, stringMap } from './form';
import { invalidParam, missingParam, newId, noSuch, type Reply, stripeError } from './http';
import { type Account, nowSeconds, type Obj } from './state';

const DURATIONS = ['once', 'repeating', 'forever'];
const COUPON_ID = /^[A-Za-z0-9_-]{1,200}$/;
// "Valid characters are lower case letters (a-z), upper case letters (A-Z), and digits (0-9)" plus dashes.
const PROMOTION_CODE = /^[A-Za-z0-9-]{1,500}$/;

const bool = (v: string | undefined) => (v === undefined ? undefined : v === 'true');

export function createCoupon(account: Account, form: FormObject): Reply {
  const percent = field(form, 'percent_off');
  const amount = field(form, 'amount_off');
  const currency = field(form, 'currency');
  const duration = field(form, 'duration') ?? 'once';
  const months = field(form, 'duration_in_months');
  const id = field(form, 'id') ?? newId('').slice(1, 9);
  if ((percent === undefined) === (amount === undefined))
    return stripeError(400, 'invalid_request_error', 'You must pass exactly one of percent_off or amount_off.', {
      code: 'parameter_missing',
    });
  if (percent !== undefined && !(Number(percent) > 0 && Number(percent) <= 100 && /^\d+(\.\d{1,2})?$/.test(percent)))
    return invalidParam('percent_off', `Invalid percent_off: must be greater than 0 and at most 100 (${percent}).`);
  if (amount !== undefined && !/^[1-9]\d*$/.test(amount))
    return invalidParam('amount_off', `Invalid positive integer: ${amount}`);
  if (amount !== undefined && !currency) return missingParam('currency');
  if (currency !== undefined && !/^[a-z]{3}$/.test(currency))
    return invalidParam('currency', `Invalid currency: ${currency}.`);
  if (!DURATIONS.includes(duration))
    return invalidParam('duration', `Invalid duration: must be one of ${DURATIONS.join(', ')}`);
  if (duration === 'repeating' && !months) return missingParam('duration_in_months');
  if (duration !== 'repeating' && months)
    return invalidParam('duration_in_months', 'duration_in_months can only be set when duration is repeating.');
  if (!COUPON_ID.test(id)) return invalidParam('id', `Invalid coupon id: ${id}`);
  if (account.coupons.has(id))
    return stripeError(400, 'invalid_request_error', 'Coupon already exists.', {
      code: 'resource_already_exists',
      param: 'id',
    });
  const coupon: Obj = {
    id,
    object: 'coupon',
    amount_off: amount === undefined ? null : Number(amount),
    created: nowSeconds(),
    currency: currency ?? null,
    duration,
    duration_in_months: months === undefined ? null : Number(months),
    livemode: false,
    max_redemptions: null,
    metadata: stringMap(form, 'metadata'),
    name: field(form, 'name') ?? null,
    percent_off: percent === undefined ? null : Number(percent),
    redeem_by: null,
    times_redeemed: 0,
    valid: true,
  };
  account.coupons.set(id, coupon);
  return { status: 200, body: coupon };
}

export function getCoupon(account: Account, id: string): Reply {
  const coupon = account.coupons.get(id);
  return coupon ? { status: 200, body: coupon } : noSuch('coupon', id);
}

export function createPromotionCode(account: Account, form: FormObject): Reply {
  const type = field(form, 'promotion', 'type');
  const couponId = field(form, 'promotion', 'coupon');
  if (!type) return missingParam('promotion[type]');
  if (type !== 'coupon') return invalidParam('promotion[type]', 'Invalid promotion[type]: must be one of coupon');
  if (!couponId) return missingParam('promotion[coupon]');
  const coupon = account.coupons.get(couponId);
  if (!coupon)
    return stripeError(400, 'invalid_request_error', `No such coupon: '${couponId}'`, {
      code: 'resource_missing',
      param: 'promotion[coupon]',
    });
  const code = field(form, 'code') ?? newId('').slice(1, 9).toUpperCase();
  if (!PROMOTION_CODE.test(code)) return invalidParam('code', `Invalid code: ${code}`);
  const active = bool(field(form, 'active')) ?? true;
  // Regardless of case, an active code is unique in the account.
  const taken = [...account.promotionCodes.values()].some(
    (p) => p.active === true && String(p.code).toLowerCase() === code.toLowerCase(),
  );
  if (active && taken)
    return stripeError(
      400,
      'invalid_request_error',
      `An active promotion code with \`code: ${code}\` already exists.`,
      {
        param: 'code',
      },
    );
  const promo: Obj = {
    id: newId('promo'),
    object: 'promotion_code',
    active,
    code,
    created: nowSeconds(),
    customer: null,
    expires_at: null,
    livemode: false,
    max_redemptions: null,
    metadata: stringMap(form, 'metadata'),
    promotion: { coupon: couponId, type: 'coupon' },
    restrictions: { first_time_transaction: false, minimum_amount: null, minimum_amount_currency: null },
    times_redeemed: 0,
  };
  account.promotionCodes.set(promo.id, promo);
  return { status: 200, body: promo };
}

export function getPromotionCode(account: Account, id: string): Reply {
  const promo = account.promotionCodes.get(id);
  return promo ? { status: 200, body: promo } : noSuch('promotion_code', id);
}

export function updatePromotionCode(account: Account, id: string, form: FormObject): Reply {
  const promo = account.promotionCodes.get(id);
  if (!promo) return noSuch('promotion_code', id);
  const active = bool(field(form, 'active'));
  if (active === true && promo.active !== true) {
    const taken = [...account.promotionCodes.values()].some(
      (p) => p.id !== id && p.active === true && String(p.code).toLowerCase() === String(promo.code).toLowerCase(),
    );
    if (taken)
      return stripeError(
        400,
        'invalid_request_error',
        `An active promotion code with \`code: ${String(promo.code)}\` already exists.`,
        { param: 'active' },
      );
  }
  if (active !== undefined) promo.active = active;
  const metadata = stringMap(form, 'metadata');
  if (Object.keys(metadata).length > 0) promo.metadata = { ...(promo.metadata as object), ...metadata };
  return { status: 200, body: promo };
}

export function listPromotionCodes(account: Account, query: URLSearchParams): Reply {
  const code = query.get('code');
  const coupon = query.get('coupon');
  const active = query.get('active');
  const data = [...account.promotionCodes.values()].filter(
    (p) =>
      (code === null || String(p.code).toLowerCase() === code.toLowerCase()) &&
      (coupon === null || (p.promotion as { coupon: string }).coupon === coupon) &&
      (active === null || String(p.active) === active),
  );
  return { status: 200, body: { object: 'list', data, has_more: false, url: '/v1/promotion_codes' } };
}
