import type { Locale } from '../../schema/enums';

/** Every email the platform sends; the name is stored with each outbox row. */
export type EmailTemplate =
  | { name: 'verify_email'; link: string }
  | { name: 'password_reset'; link: string }
  | { name: 'verify_paypal_email'; link: string; paypalEmail: string }
  | {
      name: 'paypal_email_changed';
      link: string;
      undoLink: string;
      previous: string | null;
      next: string | null;
      /** What the undo link puts back: the last confirmed address, or null (it removes the new one). */
      restores: string | null;
    }
  | { name: 'paypal_email_restored'; link: string; restored: string | null }
  | { name: 'invitation'; link: string; organizationName: string; role: string; inviterName: string | null }
  | {
      name: 'program_invitation';
      link: string;
      organizationName: string;
      programName: string;
      inviterName: string | null;
    }
  | { name: 'import_welcome'; link: string; organizationName: string; programName: string };

export interface RenderedEmail {
  subject: string;
  text: string;
}

// `brand` names who the reader deals with: an advertiser's portal name on its white-label portal, else the platform.
type Renderers = {
  [K in EmailTemplate['name']]: (t: Extract<EmailTemplate, { name: K }>, brand: string) => RenderedEmail;
};

const en: Renderers = {
  verify_email: ({ link }, brand) => ({
    subject: 'Confirm your email address',
    text: `Welcome to ${brand}.\n\nConfirm your email address by opening this link within 24 hours:\n${link}\n\nIf you did not sign up, ignore this email.`,
  }),
  password_reset: ({ link }, brand) => ({
    subject: 'Reset your password',
    text: `Someone asked to reset the password of your ${brand} account.\n\nChoose a new password within one hour:\n${link}\n\nThe link works once. If it was not you, ignore this email: your password stays as it is.`,
  }),
  paypal_email_changed: ({ link, undoLink, previous, next, restores }, brand) => ({
    subject: 'Your PayPal payout address was changed',
    text: `The PayPal address your ${brand} payouts from every advertiser go to was changed from ${previous ?? '(none)'} to ${next ?? '(none)'}.\n\nIf this was you, there is nothing to do. If it was not, undo the change within 7 days (${restores ? `this puts ${restores} back` : 'this removes the new address'}):\n${undoLink}\n\nor sign in and set your own address in your profile (no payout goes to the new address until it is confirmed):\n${link}`,
  }),
  paypal_email_restored: ({ link, restored }, brand) => ({
    subject: 'Your PayPal payout address was set back',
    text: restored
      ? `The change of your ${brand} PayPal payout address was undone: payouts go to ${restored} again.\n\nCheck your profile and change your password if you did not make that change:\n${link}`
      : `The change of your ${brand} PayPal payout address was undone: no PayPal address is set now.\n\nSet one in your profile, and change your password if you did not make that change:\n${link}`,
  }),
  verify_paypal_email: ({ link, paypalEmail }, brand) => ({
    subject: 'Confirm your PayPal payout address',
    text: `Your ${brand} payouts are set to go to the PayPal account ${paypalEmail}.\n\nConfirm that this address is yours by opening this link within 24 hours:\n${link}\n\nNo payout goes to an unconfirmed address. If you did not ask for this, ignore this email and check your account.`,
  }),
  invitation: ({ link, organizationName, role, inviterName }, brand) => ({
    subject: `You are invited to ${organizationName} on ${brand}`,
    text: `${inviterName ?? 'A team member'} invited you to join ${organizationName} as ${role}.\n\nAccept within 7 days:\n${link}`,
  }),
  program_invitation: ({ link, organizationName, programName, inviterName }, brand) => ({
    subject: `Join the ${programName} affiliate program of ${organizationName}`,
    text: `${inviterName ?? organizationName} invited you to promote ${programName} as an affiliate of ${organizationName} on ${brand}.\n\nAccept within 7 days (you can create your account from the link):\n${link}`,
  }),
  import_welcome: ({ link, organizationName, programName }, brand) => ({
    subject: `${organizationName} moved its affiliate program to ${brand}`,
    text: `${organizationName} moved ${programName} to ${brand}. Your account is ready: your referral links, coupon and unpaid commissions came with you, and your links keep working.\n\nSet your password within 7 days to sign in:\n${link}`,
  }),
};

const ru: Renderers = {
  verify_email: ({ link }, brand) => ({
    subject: 'Подтвердите адрес электронной почты',
    text: `Добро пожаловать в ${brand}.\n\nПодтвердите адрес, открыв ссылку в течение 24 часов:\n${link}\n\nЕсли вы не регистрировались, просто проигнорируйте это письмо.`,
  }),
  password_reset: ({ link }, brand) => ({
    subject: 'Сброс пароля',
    text: `Кто-то запросил сброс пароля вашей учётной записи ${brand}.\n\nЗадайте новый пароль в течение часа:\n${link}\n\nСсылка одноразовая. Если это были не вы, проигнорируйте письмо: пароль не изменится.`,
  }),
  paypal_email_changed: ({ link, undoLink, previous, next, restores }, brand) => ({
    subject: 'Адрес PayPal для выплат изменён',
    text: `Адрес PayPal, на который приходят ваши выплаты ${brand} от всех рекламодателей, изменён: был ${previous ?? '(нет)'}, стал ${next ?? '(нет)'}.\n\nЕсли это сделали вы, ничего делать не нужно. Если нет — отмените изменение в течение 7 дней (${restores ? `вернётся адрес ${restores}` : 'новый адрес будет удалён'}):\n${undoLink}\n\nили войдите и укажите свой адрес в профиле (на новый адрес ничего не выплачивается, пока он не подтверждён):\n${link}`,
  }),
  paypal_email_restored: ({ link, restored }, brand) => ({
    subject: 'Адрес PayPal для выплат возвращён',
    text: restored
      ? `Смена адреса PayPal для выплат ${brand} отменена: выплаты снова идут на ${restored}.\n\nПроверьте профиль и смените пароль, если адрес меняли не вы:\n${link}`
      : `Смена адреса PayPal для выплат ${brand} отменена: адрес PayPal сейчас не указан.\n\nУкажите его в профиле и смените пароль, если адрес меняли не вы:\n${link}`,
  }),
  verify_paypal_email: ({ link, paypalEmail }, brand) => ({
    subject: 'Подтвердите адрес PayPal для выплат',
    text: `Выплаты ${brand} будут отправляться на счёт PayPal ${paypalEmail}.\n\nПодтвердите, что это ваш адрес, открыв ссылку в течение 24 часов:\n${link}\n\nНа неподтверждённый адрес выплаты не отправляются. Если вы этого не запрашивали, проигнорируйте письмо и проверьте свою учётную запись.`,
  }),
  invitation: ({ link, organizationName, role, inviterName }, brand) => ({
    subject: `Приглашение в ${organizationName} на ${brand}`,
    text: `${inviterName ?? 'Участник команды'} приглашает вас в ${organizationName} с ролью ${role}.\n\nПримите приглашение в течение 7 дней:\n${link}`,
  }),
  program_invitation: ({ link, organizationName, programName, inviterName }, brand) => ({
    subject: `Приглашение в партнёрскую программу ${programName} (${organizationName})`,
    text: `${inviterName ?? organizationName} приглашает вас продвигать ${programName} в качестве партнёра ${organizationName} на ${brand}.\n\nПримите приглашение в течение 7 дней (учётную запись можно создать по ссылке):\n${link}`,
  }),
  import_welcome: ({ link, organizationName, programName }, brand) => ({
    subject: `${organizationName} перенёс партнёрскую программу на ${brand}`,
    text: `${organizationName} перенёс программу ${programName} на ${brand}. Ваша учётная запись готова: реферальные ссылки, купон и невыплаченные комиссии перенесены, ссылки продолжают работать.\n\nЗадайте пароль в течение 7 дней, чтобы войти:\n${link}`,
  }),
};

const RENDERERS: Record<Locale, Renderers> = { en, ru };

/** The email in `locale`, under `brand` (the advertiser's portal name, or the platform's name). */
export function renderEmail(template: EmailTemplate, locale: Locale, brand: string): RenderedEmail {
  const render = RENDERERS[locale][template.name] as (t: EmailTemplate, brand: string) => RenderedEmail;
  return render(template, brand);
}
