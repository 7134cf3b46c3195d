import type { Locale } from '../../schema/enums';
import { type Renderer, str } from './notification-template-parts';

/**
 * A new message in a thread (`message`): data.authorName wrote data.preview (the text's start; empty for an
 * image alone, data.hasImage) on data.side's behalf; data.fromName is the affiliate's name or the advertiser's.
 * Says that later messages wait until this one is read: that is the throttle (docs/messages.md).
 */
export function messageReceived(locale: Locale): Renderer {
  return (d) => {
    const from = str(d, 'fromName');
    const author = str(d, 'authorName') ?? from;
    if (!from || !author) return null;
    const preview = str(d, 'preview') ?? '';
    const image = d.hasImage === true;
    const who = author === from ? from : `${author} (${from})`;
    if (locale === 'ru')
      return {
        title: `Новое сообщение от ${who}`,
        body: `${preview || (image ? '[изображение]' : '')}\n\nОтветить можно в разделе «Сообщения». О следующих сообщениях этой переписки мы напомним, когда вы прочтёте это.`,
      };
    return {
      title: `New message from ${who}`,
      body: `${preview || (image ? '[image]' : '')}\n\nReply in Messages. We tell you about further messages in this thread once you have read this one.`,
    };
  };
}
