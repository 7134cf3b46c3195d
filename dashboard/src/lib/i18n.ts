import { useCallback, useSyncExternalStore } from 'react';

export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];

const en = {
  'app.title': 'Affiliate Edge',
  'nav.label': 'Main',
  'nav.status': 'Status',
  'language.label': 'Language',
  'notFound.title': 'Page not found',
  'notFound.back': 'Go to the status page',
  'status.title': 'System status',
  'status.refresh': 'Refresh',
  'status.refreshing': 'Refreshing…',
  'status.loading': 'Checking the API…',
  'status.ok': 'Operational',
  'status.degraded': 'Degraded',
  'status.database': 'Database',
  'status.dbReachable': 'Reachable',
  'status.dbUnreachable': 'Unreachable',
  'status.latency': 'Latency',
  'status.latencyValue': '{ms} ms',
  'status.version': 'Version',
  'status.serverTime': 'Server time',
  'status.notAvailable': 'n/a',
  'error.title': 'The status could not be loaded',
  'error.network_error': 'The API is unreachable. Check your connection or whether the server is running.',
  'error.invalid_json': 'The API answered with something that is not JSON.',
  'error.invalid_response': 'The API answered in an unexpected format.',
  'error.http_error': 'The API answered with an error.',
  'error.unknown': 'Something went wrong.',
  'error.requestId': 'Request ID',
  'error.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  'app.title': 'Affiliate Edge',
  'nav.label': 'Главное меню',
  'nav.status': 'Статус',
  'language.label': 'Язык',
  'notFound.title': 'Страница не найдена',
  'notFound.back': 'Перейти на страницу статуса',
  'status.title': 'Состояние системы',
  'status.refresh': 'Обновить',
  'status.refreshing': 'Обновление…',
  'status.loading': 'Проверяем API…',
  'status.ok': 'Работает',
  'status.degraded': 'Сбои',
  'status.database': 'База данных',
  'status.dbReachable': 'Доступна',
  'status.dbUnreachable': 'Недоступна',
  'status.latency': 'Задержка',
  'status.latencyValue': '{ms} мс',
  'status.version': 'Версия',
  'status.serverTime': 'Время сервера',
  'status.notAvailable': 'н/д',
  'error.title': 'Не удалось загрузить статус',
  'error.network_error': 'API недоступен. Проверьте подключение и запущен ли сервер.',
  'error.invalid_json': 'API ответил не в формате JSON.',
  'error.invalid_response': 'API ответил в неожиданном формате.',
  'error.http_error': 'API ответил ошибкой.',
  'error.unknown': 'Что-то пошло не так.',
  'error.requestId': 'ID запроса',
  'error.retry': 'Повторить',
};

const messages: Record<Language, Record<MessageKey, string>> = { en, ru };

const storageKey = 'affiliate-edge.language';
const listeners = new Set<() => void>();
let currentLanguage: Language = readInitialLanguage();
document.documentElement.lang = currentLanguage;

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function isMessageKey(value: string): value is MessageKey {
  return value in en;
}

function readInitialLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (privacy mode); the browser language is a fine fallback.
  }
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function setLanguage(language: Language): void {
  currentLanguage = language;
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not persisting is acceptable; the switch still applies to this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getLanguage = () => currentLanguage;

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage, getLanguage);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const language = useLanguage();
  return useCallback<Translate>(
    (key, params) =>
      messages[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        params && name in params ? String(params[name]) : placeholder,
      ),
    [language],
  );
}
