import type { Locale } from '../../schema/enums';
import { deliveryFailureKind, deliveryFailureStatus } from './delivery-failure';

/** Russian plural of a count: 1 попытка, 2 попытки, 5 попыток. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

/**
 * Why a delivery failed, as a clause of a sentence in the reader's language ("the server did not answer in
 * time"), from the stored status and error text. The raw text never reaches the reader.
 */
export function deliveryFailureReason(locale: Locale, statusCode: number | null, lastError: string | null): string {
  const kind = deliveryFailureKind(statusCode, lastError);
  const status = deliveryFailureStatus(statusCode, lastError);
  if (locale === 'ru') {
    switch (kind) {
      case 'refused_url':
        return 'адрес не разрешён: он ведёт на частный или заблокированный хост';
      case 'endpoint_off':
        return 'адрес отключён';
      case 'timeout':
        return 'сервер не ответил вовремя';
      case 'unreachable':
        return 'не удалось связаться с сервером';
      case 'redirect':
        return 'сервер ответил перенаправлением, а по перенаправлениям мы не переходим';
      case 'rejected':
        return status ? `сервер ответил ошибкой ${status}` : 'сервер отказал';
      default:
        return 'сервер не принял данные';
    }
  }
  switch (kind) {
    case 'refused_url':
      return 'the address is not allowed, as it points to a private or blocked host';
    case 'endpoint_off':
      return 'the endpoint was turned off';
    case 'timeout':
      return 'the server did not answer in time';
    case 'unreachable':
      return 'the server could not be reached';
    case 'redirect':
      return 'the server answered with a redirect, and redirects are never followed';
    case 'rejected':
      return status ? `the server answered with error ${status}` : 'the server refused it';
    default:
      return 'the server did not accept it';
  }
}
