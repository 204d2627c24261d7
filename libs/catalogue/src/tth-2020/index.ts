import type { Catalogue } from '../catalogue.types';
import { withDisplayTexts } from '../display-texts';
import { tth2020DisplayTexts } from './display-texts';
import { group1, group1Errata } from './group-1';
import { group2, group2Errata } from './group-2';
import { group3, group3Errata } from './group-3';
import { group4, group4Errata } from './group-4';
import { group5, group5Errata } from './group-5';
import { group6, group6Errata } from './group-6';
import { group7, group7Errata } from './group-7';

/**
 * Phụ lục 4 of plan 222/KH-UBND (2020), the province's first digital-government criteria set, as data.
 * Each group file carries its transcription conventions and the seed's errors it found (errata); the titles
 * and labels users read are the repaired display texts of ./display-texts.ts, the seed's kept as `seedText`.
 */
export const tth2020: Catalogue = {
  id: 'tth-2020',
  title: 'Bộ tiêu chí chuyển đổi chính quyền số',
  titleEn: 'Digital-government transformation criteria',
  source: 'Phụ lục 4, Kế hoạch số 222/KH-UBND ngày 21/10/2020 của UBND tỉnh Thừa Thiên Huế',
  effectiveFrom: '2021-01-01',
  root: withDisplayTexts(
    {
      code: 'I',
      title: 'CHÍNH QUYỀN SỐ',
      titleEn: 'Digital government',
      children: [group1, group2, group3, group4, group5, group6, group7],
    },
    tth2020DisplayTexts,
  ),
  errata: [
    ...group1Errata,
    ...group2Errata,
    ...group3Errata,
    ...group4Errata,
    ...group5Errata,
    ...group6Errata,
    ...group7Errata,
  ],
};
