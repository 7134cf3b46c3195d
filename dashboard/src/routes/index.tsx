import { createFileRoute, useRouter, useRouterState, type ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../lib/api/client';
import { fetchHealth, type HealthResponse } from '../lib/api/health';
import { isMessageKey, useLanguage, useT } from '../lib/i18n';

export const Route = createFileRoute('/')({
  loader: ({ abortController }) => fetchHealth(abortController.signal),
  component: StatusPage,
  pendingComponent: StatusPending,
  errorComponent: StatusError,
});

function StatusPage() {
  const health = Route.useLoaderData();
  const t = useT();
  return (
    <section className="panel">
      <StatusHeading />
      <p>
        <span className={`badge badge-${health.status}`} data-testid="health-status" data-status={health.status}>
          {t(health.status === 'ok' ? 'status.ok' : 'status.degraded')}
        </span>
      </p>
      <HealthDetails health={health} />
    </section>
  );
}

function HealthDetails({ health }: { health: HealthResponse }) {
  const t = useT();
  const { reachable, latencyMs } = health.database;
  return (
    <dl className="details">
      <dt>{t('status.database')}</dt>
      <dd>
        <span
          className={`badge badge-${reachable ? 'ok' : 'degraded'}`}
          data-testid="db-status"
          data-reachable={String(reachable)}
        >
          {t(reachable ? 'status.dbReachable' : 'status.dbUnreachable')}
        </span>
      </dd>
      <dt>{t('status.latency')}</dt>
      <dd data-testid="db-latency">
        {latencyMs === null ? t('status.notAvailable') : t('status.latencyValue', { ms: Math.round(latencyMs) })}
      </dd>
      <dt>{t('status.version')}</dt>
      <dd data-testid="health-version">
        <code>{health.version}</code>
      </dd>
      <dt>{t('status.serverTime')}</dt>
      <dd data-testid="health-time">
        <ServerTime value={health.time} />
      </dd>
    </dl>
  );
}

function ServerTime({ value }: { value: string }) {
  const language = useLanguage();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const formatted = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  return <time dateTime={value}>{formatted}</time>;
}

function StatusHeading() {
  const t = useT();
  const router = useRouter();
  const isRefreshing = useRouterState({ select: (state) => state.isLoading });
  return (
    <div className="panel-heading">
      <h1>{t('status.title')}</h1>
      <button type="button" onClick={() => void router.invalidate()} disabled={isRefreshing}>
        {t(isRefreshing ? 'status.refreshing' : 'status.refresh')}
      </button>
    </div>
  );
}

function StatusPending() {
  const t = useT();
  return (
    <section className="panel">
      <h1>{t('status.title')}</h1>
      <p className="muted">{t('status.loading')}</p>
    </section>
  );
}

function StatusError({ error }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const apiError = error instanceof ApiError ? error : null;
  const messageKey = `error.${apiError?.code ?? 'unknown'}`;
  return (
    <section className="panel" role="alert" data-testid="health-error">
      <h1>{t('error.title')}</h1>
      <p>{isMessageKey(messageKey) ? t(messageKey) : t('error.unknown')}</p>
      <p className="muted">
        <code>{apiError ? `${apiError.code}: ${apiError.message}` : String(error)}</code>
      </p>
      {apiError?.requestId && (
        <p className="muted">
          {t('error.requestId')}: <code>{apiError.requestId}</code>
        </p>
      )}
      <button type="button" onClick={() => void router.invalidate()}>
        {t('error.retry')}
      </button>
    </section>
  );
}
