/**
 * Ends a piece of someone else's text (an advertiser's rejection reason, a provider's message) as a sentence
 * inside ours: a full stop only when it has no closing punctuation yet, so "Off brief." never reads "Off brief..".
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'»”)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
