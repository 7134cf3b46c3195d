/** The longest message text, in characters (the database checks it too). */
export const MAX_MESSAGE_CHARS = 5_000;

/** The largest attached image, in bytes: a screenshot or a photo, not a video. */
export const MAX_MESSAGE_IMAGE_BYTES = 5 * 1024 * 1024;

/** The sending limit: at most this many messages per author in the window, whichever threads they go to. */
export const MESSAGE_BURST = { max: 30, windowSeconds: 10 * 60 } as const;

/** How long a notification's preview of the message is. */
const PREVIEW_CHARS = 200;

/** The start of a message for a notification: whitespace folded, cut at a word where it can be. */
export function messagePreview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, PREVIEW_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The notification's dedupe key: one per thread, recipient and how far they had read. A burst of messages
 * while the recipient has not opened the thread shares the key, so it notifies once; reading moves the mark,
 * and the next message notifies again.
 */
export function messageNotificationKey(threadId: string, recipientId: string, lastReadMessageId: string | null) {
  return `message:${threadId}:${recipientId}:${lastReadMessageId ?? 'unread'}`;
}

/**
 * A person's name as the other side sees it: first and last name; without one, `nameless` when the reader should
 * not see the address (the advertiser's name for its staff), else the whole email. An email's local part
 * ("ceo") names nobody.
 */
export function displayName(
  p: { firstName: string | null; lastName: string | null; email: string | null },
  nameless?: string,
): string {
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ').trim();
  if (name) return name;
  return nameless || p.email || '—';
}

/** Whether the author has used up the sending limit, given how many they sent in the window. */
export const overMessageBurst = (sentInWindow: number) => sentInWindow >= MESSAGE_BURST.max;

/** How long after sending its author may change a message's text; deleting has no window. */
export const MESSAGE_EDIT_WINDOW_MINUTES = 15;

/** Whether a message sent at `sentAt` may still be edited at `now` (the window's last instant included). */
export const withinEditWindow = (sentAt: Date, now: Date) =>
  now.getTime() - sentAt.getTime() <= MESSAGE_EDIT_WINDOW_MINUTES * 60_000;
