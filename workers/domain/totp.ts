import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Affiliate Edge';
export const TOTP_PERIOD_SECONDS = 30;

const totp = (secret: string, label = '', issuer = ISSUER) =>
  new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** 160 random bits, base32: the size RFC 4226 recommends and authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI of the QR code; `issuer` names the entry in the app (a white-label portal's brand). */
export function totpUri(secret: string, accountEmail: string, issuer = ISSUER): string {
  return totp(secret, accountEmail, issuer).toString();
}

/** The time step a code belongs to. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The time step a 6-digit code matches, within one step of `now` for clock drift, or null. The
 * caller refuses a step at or before the last one accepted, so a code works only once.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}

/** The code for a moment (tests, and nothing else, generate codes server-side). */
export function totpCode(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}
