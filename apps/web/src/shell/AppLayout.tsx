import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Loading } from '../common/Loading';
import { useCurrentSession, useSession } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';

/**
 * The frame of every page after login: the app's name, the role's menu, language, the account, log out.
 * The menu is a plain list of links (aria-current on the active one): antd's Menu would add ~15 KB gzipped
 * to every page for overflow handling a handful of links does not need.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { logout } = useSession();
  const items = navigationFor(session);
  const who = `${session.displayName} · ${t(`roles.${session.role}`)}${session.unit ? ` · ${session.unit}` : ''}`;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-title">
          <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
            {t('appName')}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', marginLeft: 8 }}>{t('province')}</Typography.Text>
        </Link>
        <nav aria-label={t('nav.main')} className="app-nav">
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <NavLink to={item.path}>{t(`nav.${item.label}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Space>
          <Typography.Text className="app-user" title={who}>
            <UserOutlined aria-hidden /> {who}
          </Typography.Text>
          <LanguageSwitch dark />
          <Button icon={<LogoutOutlined aria-hidden />} onClick={() => void logout()}>
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} style={{ padding: 24 }}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
