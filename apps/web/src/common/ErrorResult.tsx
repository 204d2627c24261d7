import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, localizedMessage } from '../api/problem';
import { currentLanguage } from '../i18n';

/** A failed query, in words: the server's message for the user's language and the correlation id to quote. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  const status = problem?.status === 403 ? '403' : problem?.status === 404 ? '404' : 'error';
  return (
    <Result
      status={status}
      title={
        problem?.status === 403
          ? t('common.forbidden')
          : problem?.status === 404
            ? t('common.notFound')
            : t('common.error')
      }
      subTitle={
        <>
          {localizedMessage(problem?.detail ?? (error instanceof Error ? error.message : ''), currentLanguage())}
          {problem?.correlationId ? (
            <div>
              {t('common.correlationId')}: <code>{problem.correlationId}</code>
            </div>
          ) : null}
        </>
      }
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
