import { Alert, Button, Input, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/problem';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { safeNext, useSession } from './session';

/**
 * A plain form with antd inputs rather than antd's Form and Card: this page is the first download, and
 * those two bring a validation engine, Tabs, Dropdown and Menu with them (see the bundle budget spec).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, expired, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (session) return <Navigate to={next ?? '/'} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) return;
    setBusy(true);
    setFailure(null);
    try {
      await login(username.trim(), password);
      navigate(next ?? '/', { replace: true });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 429) {
        setFailure(t('login.tooMany', { seconds: Number(error.problem.retryAfter ?? 60) }));
      } else if (error instanceof ApiProblem && error.code === 'ACCOUNT_DISABLED') {
        setFailure(t('login.disabled'));
      } else {
        setFailure(t('login.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (name: 'username' | 'password') => ({
    id: `login-${name}`,
    name,
    status: missing[name] ? ('error' as const) : undefined,
    'aria-invalid': missing[name] || undefined,
    'aria-describedby': missing[name] ? `login-${name}-error` : undefined,
    disabled: busy,
  });
  const error = (name: 'username' | 'password') =>
    missing[name] ? (
      <div id={`login-${name}-error`} style={{ color: '#cf1322', marginTop: 4 }}>
        {t('login.required', { field: t(`login.${name}`).toLowerCase() })}
      </div>
    ) : null;

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <section
        aria-labelledby="login-title"
        style={{
          width: 380,
          maxWidth: '100%',
          background: '#fff',
          borderRadius: 8,
          padding: 24,
          boxShadow: '0 1px 4px rgba(0,0,0,0.12)',
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start' }}>
          <div>
            <Typography.Text type="secondary">{t('province')}</Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 4 }}>
              {t('appName')}
            </Typography.Title>
          </div>
          <LanguageSwitch />
        </div>
        <Typography.Title level={2} id="login-title" style={{ fontSize: 18 }}>
          {t('login.title')}
        </Typography.Title>
        {expired && !failure ? (
          <Alert type="warning" showIcon message={t('login.expired')} style={{ marginBottom: 16 }} />
        ) : null}
        {failure ? <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} /> : null}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <div style={{ marginBottom: 16 }}>
            <label htmlFor="login-username" style={{ display: 'block', marginBottom: 6 }}>
              {t('login.username')}
            </label>
            <Input
              {...field('username')}
              autoComplete="username"
              autoFocus
              maxLength={64}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
            {error('username')}
          </div>
          <div style={{ marginBottom: 24 }}>
            <label htmlFor="login-password" style={{ display: 'block', marginBottom: 6 }}>
              {t('login.password')}
            </label>
            <Input.Password
              {...field('password')}
              autoComplete="current-password"
              maxLength={256}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            {error('password')}
          </div>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </form>
      </section>
    </main>
  );
}
