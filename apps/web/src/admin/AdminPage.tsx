import { useQuery } from '@tanstack/react-query';
import { App as AntApp, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { registerStrings } from '../i18n';
import { AccountsPanel } from './AccountsPanel';
import { ADMIN_NS, en, vi } from './admin.strings';
import { UnitsPanel } from './UnitsPanel';
import './admin.css';

registerStrings(ADMIN_NS, { vi, en });

/** `/app/admin?tab=accounts|units`: accounts and the register of units, through the existing commands. */
export function AdminPage() {
  const { t } = useTranslation(ADMIN_NS);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'units' ? 'units' : 'accounts';
  const units = useQuery({ queryKey: ['admin', 'units'], queryFn: async () => unwrap(await api.GET('/units')) });
  return (
    <AntApp component={false}>
      <div className="admin-page">
        <Typography.Title level={1} className="admin-title">
          {t('title')}
        </Typography.Title>
        {units.error ? (
          <ErrorResult error={units.error} onRetry={() => void units.refetch()} />
        ) : units.isPending ? (
          <Loading />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            items={[
              { key: 'accounts', label: t('accounts'), children: <AccountsPanel units={units.data} /> },
              { key: 'units', label: t('units'), children: <UnitsPanel units={units.data} /> },
            ]}
          />
        )}
      </div>
    </AntApp>
  );
}
