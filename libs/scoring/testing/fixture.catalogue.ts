import type { Catalogue, InputSpec } from '@dti/catalogue';

/** A small catalogue with one criterion per rule kind, so the engine is specified without the real data. */
const count = (name: string, label: string): InputSpec => ({ name, type: 'count', label, labelEn: `${label} (en)` });

export function fixtureCatalogue(): Catalogue {
  return {
    id: 'fixture-2020',
    title: 'Bộ tiêu chí thử',
    titleEn: 'Fixture criteria',
    source: 'Specs',
    effectiveFrom: '2020-01-01',
    root: {
      code: 'I',
      title: 'Gốc',
      children: [
        {
          code: '1',
          title: 'Tỷ lệ',
          declaredMax: '99',
          children: [
            {
              code: '1.1',
              title: 'Tỷ lệ đơn giản',
              declaredMax: '2',
              rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
              inputs: [count('a', 'Tổng số'), count('b', 'Số đạt')],
            },
            {
              code: '1.2',
              title: 'Tỷ lệ so với số bên ngoài',
              declaredMax: '3',
              rule: { kind: 'ratio', numerator: 'b', denominator: 'a', allowNumeratorAboveDenominator: true },
              inputs: [{ name: 'a', type: 'quantity', label: 'Trung bình cả nước' }, count('b', 'Số giao dịch')],
            },
            {
              code: '1.3',
              title: 'Ngưỡng tỷ lệ',
              declaredMax: '4',
              appliesTo: ['department'],
              rule: { kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold: '10%' },
              inputs: [count('a', 'Số CBCCVC'), count('b', 'Số cán bộ chuyên trách')],
            },
            {
              code: '1.4',
              title: 'Ngưỡng số lượt',
              declaredMax: '2',
              rule: { kind: 'threshold-proportional', numerator: 'b', threshold: '3' },
              inputs: [count('b', 'Số lượt')],
            },
            {
              code: '1.5',
              title: 'Ngưỡng bậc',
              declaredMax: '2',
              rule: { kind: 'step-threshold', numerator: 'b', denominator: 'a', threshold: '5%' },
              inputs: [count('a', 'Tổng hồ sơ'), count('b', 'Hồ sơ BCCI')],
            },
            {
              code: '1.6',
              title: 'Tổng gộp',
              declaredMax: '10',
              rule: {
                kind: 'threshold-proportional',
                numerator: ['b', 'd'],
                denominator: ['a', 'c'],
                threshold: '70%',
              },
              inputs: [count('a', 'DVC 3'), count('b', 'DVC 3 có HS'), count('c', 'DVC 4'), count('d', 'DVC 4 có HS')],
            },
          ],
        },
        {
          code: '2',
          title: 'Khác',
          appliesTo: ['district'],
          children: [
            {
              code: '2.1',
              title: 'Có/không',
              declaredMax: '2',
              rule: { kind: 'yes-no' },
              inputs: [{ name: 'value', type: 'boolean', label: 'Đã ban hành', labelEn: 'Issued' }],
            },
            {
              code: '2.2',
              title: 'Mức',
              declaredMax: '3',
              rule: {
                kind: 'tiered',
                options: [
                  { label: 'Thủ trưởng', labelEn: 'Head', fraction: '1' },
                  { label: 'Cấp phó', labelEn: 'Deputy', fraction: '1/3' },
                  { label: 'Khác', labelEn: 'Other', fraction: '0' },
                ],
              },
              inputs: [{ name: 'option', type: 'option', label: 'Trưởng ban' }],
            },
            {
              code: '2.3',
              title: 'Theo từng mục',
              declaredMax: '3',
              rule: {
                kind: 'per-item',
                items: [
                  { input: 'count', label: 'Chủ tịch', pointsEach: '1', cap: '3' },
                  { input: 'count2', label: 'Phó Chủ tịch', pointsEach: '1/3', cap: '1' },
                ],
              },
              inputs: [
                count('count', 'Số cuộc họp do Chủ tịch chủ trì'),
                count('count2', 'Số cuộc họp do Phó Chủ tịch'),
              ],
            },
            {
              code: '2.4',
              title: 'Nhiều tỷ lệ có trọng số',
              declaredMax: '2',
              rule: {
                kind: 'weighted-ratios',
                denominator: 'a',
                terms: [
                  { numerator: 'b', weight: '1/2' },
                  { numerator: 'c', weight: '1' },
                ],
              },
              inputs: [count('a', 'Tổng văn bản'), count('b', 'Song song'), count('c', 'Hoàn toàn điện tử')],
            },
            {
              code: '2.5',
              title: 'Tỷ lệ DVCTT',
              declaredMax: '10',
              rule: {
                kind: 'weighted-ratios',
                denominator: 'a',
                terms: [
                  { numerator: 'b', weight: '1/2' },
                  { numerator: 'c', weight: '1' },
                ],
                fullWhen: { numerator: 'c', threshold: '80%' },
              },
              inputs: [count('a', 'Tổng DVC'), count('b', 'Mức 3'), count('c', 'Mức 4')],
            },
            {
              code: '2.6',
              title: 'Nội dung đã ban hành',
              declaredMax: '2',
              rule: {
                kind: 'share-of-set',
                contents: [{ label: 'Chiến lược' }, { label: 'Danh mục' }, { label: 'Quy chế' }, { label: 'Kế hoạch' }],
              },
              inputs: [count('count', 'Số nội dung đã ban hành')],
            },
          ],
        },
      ],
    },
    errata: [{ code: '1', kind: 'max-mismatch', seedSays: '1 | Tỷ lệ | 99', interpretation: 'The leaves sum to 23.' }],
  };
}
