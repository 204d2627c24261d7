import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin tip={t('common.loading')} size="large">
        <div style={{ width: 120, height: 40 }} />
      </Spin>
    </div>
  );
}
