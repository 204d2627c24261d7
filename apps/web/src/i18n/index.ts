import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, vi } from './shell.strings';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'dti.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'shell',
  ns: ['shell'],
  resources: { vi: { shell: vi }, en: { shell: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * Each feature folder registers its own words when its page module loads (pages are lazy chunks), so no
 * shared dictionary file grows with every page: `registerStrings('review', { vi: {...}, en: {...} })`.
 */
export function registerStrings(
  namespace: string,
  strings: { vi: Record<string, unknown>; en: Record<string, unknown> },
): void {
  i18n.addResourceBundle('vi', namespace, strings.vi, true, true);
  i18n.addResourceBundle('en', namespace, strings.en, true, true);
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;
