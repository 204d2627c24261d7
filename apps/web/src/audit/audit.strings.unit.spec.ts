import i18next from 'i18next';
import { en, vi } from './audit.strings';

/** The counts the audit page writes take their plural from `count`: "1 change" in English, not "1 changes". */
describe('audit strings: counted phrases', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      lng: 'en',
      fallbackLng: 'vi',
      resources: { vi: { audit: vi }, en: { audit: en } },
      interpolation: { escapeValue: false },
    });
  });
  const t = (language: string, key: string, options: Record<string, unknown>) =>
    i18n.getFixedT(language, 'audit')(key, options);

  it('says one change, one criterion and one event in the singular in English', () => {
    expect(t('en', 'historyCount', { count: 1 })).toBe('· 1 change');
    expect(t('en', 'historyCount', { count: 2 })).toBe('· 2 changes, newest first');
    expect(t('en', 'historyLoaded', { count: 100 })).toBe('· the newest 100 changes loaded, more remain');
    expect(t('en', 'differsCount', { count: 1 })).toBe('1 criterion differs from now');
    expect(t('en', 'differsCount', { count: 3 })).toBe('3 criteria differ from now');
    expect(t('en', 'checkDetail', { position: 7, count: 1 })).toBe(
      'Compared up to the event at position 7; 1 event not projected yet.',
    );
  });

  it('keeps the one Vietnamese form for every count', () => {
    expect(t('vi', 'historyCount', { count: 1 })).toBe('· 1 thay đổi, mới nhất trước');
    expect(t('vi', 'historyCount', { count: 12 })).toBe('· 12 thay đổi, mới nhất trước');
    expect(t('vi', 'differsCount', { count: 1 })).toBe('1 tiêu chí khác với hiện tại');
    expect(t('vi', 'checkDetail', { position: 7, count: 0 })).toBe(
      'Đã so đến sự kiện ở vị trí 7; 0 sự kiện chưa được tổng hợp.',
    );
  });
});
