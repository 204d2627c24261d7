import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      lang={next}
      onClick={() => setLanguage(next)}
      style={dark ? { color: '#fff' } : undefined}
    >
      {t('switchTo')}
    </Button>
  );
}
