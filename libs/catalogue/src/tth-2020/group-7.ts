/**
 * Group 7 of Phụ lục 4, plan 222/KH-UBND (2020): "Đào tạo và nguồn nhân lực cho Chính quyền s[ố]"
 * (seed lines ~3227–3395).
 *
 * Same transcription conventions as group-5.ts: titles, scoring texts and Ghi chú (notes[0]) verbatim with the
 * scan's losses, repairs only in notes/errata; input labels are the Ghi chú's bullets verbatim (without the bullet
 * mark and closing ";"). Staff and training concern every unit, so all criteria apply to both blocks.
 */
import type { CatalogueNode, Erratum } from '../catalogue.types';

export const group7: CatalogueNode = {
  code: '7',
  title: 'Đào tạo và nguồn nhân lực cho Chính quyền s',
  titleEn: 'Training and human resources for digital government',
  declaredMax: '20',
  notes: ['Title as scanned; reads "Đào tạo và nguồn nhân lực cho Chính quyền số".'],
  children: [
    {
      code: '7.1',
      title: 'Cán bộ chuyên trách CNTT',
      titleEn: 'Dedicated IT staff',
      declaredMax: '10',
      children: [
        {
          code: '7.1.1',
          title: 'Tỷ lệ cán bộ chuyên trách CNTT',
          titleEn: 'Share of dedicated IT staff',
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '10%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CBCCVC của tnh (gọi là a)',
              labelEn: 'Officials and public employees (CBCCVC)',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng cán bộ chuyên trách về CNTT của tỉnh (gọi là b)',
              labelEn: 'Of a: dedicated IT staff',
            },
          ],
          scoringText:
            '- Tỷ lệ Cán bộ chuyên trách CNTT từ 10% trở lên: Điểm tối đa\n- Dưới 10%: Điểm = Tỷ lệ*Điểm tối đa/10%',
          notes: [
            '- Thống kê số lượng CBCCVC của tnh (gọi là a);\n- Thống kê số lượng cán bộ chuyên trách về CNTT của tỉnh (gọi là b);\n- T l = b/a *100%',
          ],
        },
        {
          code: '7.1.2',
          title: '100% cán bộ chuyên trách CNTT có trình độ đại học chuyên ngành CNTT trở lên',
          titleEn: 'All dedicated IT staff hold a university degree in IT or higher',
          declaredMax: '3',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '80%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng Cán bộ chuyên trách về CNTT của tỉnh (gọi là a)',
              labelEn: 'Dedicated IT staff',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số lượng cán bộ chuyên trách về CNTT của tỉnh có trình độ từ Đại học trở lên (gọi là b);',
              labelEn: 'Of a: holding a university degree in IT or higher (see the erratum)',
            },
          ],
          scoringText:
            '- Từ 80% Tỷ lệ Cán bộ chuyên trách CNTT có trình độ đại học chuyên ngành CNTT trở lên: Điểm tối đa\n- Dưới 80%: Điểm = Tỷ lệ*Điểm tối đa/80%',
          notes: [
            '- Thống kê số lượng Cán bộ chuyên trách về CNTT của tỉnh (gọi là a);\n- Thống kê số lượng cán bộ chuyên trách về CNTT của tỉnh có trình độ từ Đại học trở lên (gọi là b);\n- Tlệ = b/a * 100%',
            'The title aims at 100% but the scoring text gives full points from 80%; points follow the scoring text.',
            'The title and the scoring text ask for a university degree in IT, the Ghi chú for any university degree: b counts IT degrees (see the erratum).',
          ],
        },
        {
          code: '7.1.3',
          title: '5% cán bộ chuyên trách ATTT',
          titleEn: '5% dedicated information-security staff',
          declaredMax: '3',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '5%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê slượng CBCCVC của tỉnh (gọi là a)',
              labelEn: 'Officials and public employees (CBCCVC)',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng Cán bộ chuyên trách về ATTT của tỉnh (gọi là b)',
              labelEn: 'Of a: dedicated information-security staff',
            },
          ],
          scoringText:
            '- Tỷ lệ Cán bộ chuyên trách về ATTT từ 5% trở lên: Điểm tối đa\n- Dưới 5%: Điểm = Tỷ lệ*Điểm tối đa/5%',
          notes: [
            '- Thống kê slượng CBCCVC của tỉnh (gọi là a);\n- Thống kê số lượng Cán bộ chuyên trách về ATTT của tỉnh (gọi là b);\n- Tỷ lệ = b/a *100%',
          ],
        },
      ],
    },
    {
      code: '7.2',
      title: 'Đào tạo kỹ năng số',
      titleEn: 'Digital-skills training',
      declaredMax: '10',
      children: [
        {
          code: '7.2.1',
          title: '100% lãnh đạo các cấp của tỉnh được đào tạo về kỹ năng quản lý Chuyển đi s',
          titleEn: 'All leaders at every level are trained in managing digital transformation',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng lãnh đạo gồm cấp tỉnh, cấp huyện, cấp xã (gọi là a)',
              labelEn: 'Leaders at provincial, district and commune level',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số lượng lãnh đạo cấp tnh, cấp huyện, cấp xã đã được đào tạo về kỹ năng quản lý Chuyển đổi số (gọi là b)',
              labelEn: 'Of a: trained in managing digital transformation',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ*Điểm tối đa',
          notes: [
            '- Thống kê số lượng lãnh đạo gồm cấp tỉnh, cấp huyện, cấp xã (gọi là a);\n- Thống kê số lượng lãnh đạo cấp tnh, cấp huyện, cấp xã đã được đào tạo về kỹ năng quản lý Chuyển đổi số (gọi là b);\n- Tỷ lệ = b/a *100%',
            'Title as scanned; reads "… kỹ năng quản lý Chuyển đổi số".',
            'Leaders at every level, so it applies to both blocks; each unit counts its own leaders.',
          ],
        },
        {
          code: '7.2.2',
          title:
            'Cử cán bộ tham gia đào tạo chuyên sâu về các công nghệ mới do các tổ chức trong nước giảng dạy của một cán bộ chuyên trách về CNTT thuộc tỉnh đầy đủ và đúng thành phần',
          titleEn:
            'In-depth training in new technologies by domestic organisations, per dedicated IT staff member, complete and with the right participants',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: {
            kind: 'threshold-proportional',
            denominator: 'a',
            numerator: 'b',
            threshold: '3',
            allowNumeratorAboveDenominator: true,
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng cán bộ chuyên trách CNTT của tỉnh (gọi là a)',
              labelEn: 'Dedicated IT staff',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số lượt đào tạo chuyên sâu về các công nghệ mới do các tổ chức trong nước giảng dạy của các Cán bộ chuyên trách về CNTT thuộc tỉnh (gọi là b)',
              labelEn:
                'Turns of in-depth training in new technologies by domestic organisations taken by dedicated IT staff',
            },
          ],
          scoringText: '- Từ 3 lượt trở lên: Điểm tối đa;\n- Dưới 3 lượt thì Điểm= Số lượt*Điểm tối đa/3',
          notes: [
            '- Thống kê số lượng cán bộ chuyên trách CNTT của tỉnh (gọi là a);\n- Thống kê tổng số lượt đào tạo chuyên sâu về các công nghệ mới do các tổ chức trong nước giảng dạy của các Cán bộ chuyên trách về CNTT thuộc tỉnh (gọi là b);\n- Tỷ lệ = b/a',
            '"Số lượt" is turns per staff member, x = b/a (the title says "của một cán bộ", the Ghi chú "Tỷ lệ = b/a"). A staff member may take several turns, so b may exceed a; x is capped at 3 turns (full points).',
          ],
        },
        {
          code: '7.2.3',
          title:
            'Cử cán bộ tham gia đào tạo chuyên sâu về các công nghệ mới do các tổ chức nước ngoài giảng dạy của một CBCCVC chuyên trách về CNTT thuộc tỉnh đầy đủ và đúng thành phn',
          titleEn:
            'In-depth training in new technologies by foreign organisations, per dedicated IT staff member, complete and with the right participants',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: {
            kind: 'threshold-proportional',
            denominator: 'a',
            numerator: 'b',
            threshold: '2',
            allowNumeratorAboveDenominator: true,
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CBCCVC chuyên trách CNTT của tỉnh (gọi là a)',
              labelEn: 'Dedicated IT staff (CBCCVC)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số lượt đào tạo chuyên sâu về các công nghệ mới do các tổ chức nước ngoài giảng dạy của các CBCCVC chuyên trách về CNTT thuộc tỉnh (gọi là b)',
              labelEn:
                'Turns of in-depth training in new technologies by foreign organisations taken by dedicated IT staff',
            },
          ],
          scoringText: '- Từ 2 lượt trở lên: Điểm tối đa;\n- Dưới 2 lượt thì Điểm=số lượt*Điểm tối đa',
          notes: [
            '- Thống kê số lượng CBCCVC chuyên trách CNTT của tỉnh (gọi là a);\n- Thống kê tổng số lượt đào tạo chuyên sâu về các công nghệ mới do các tổ chức nước ngoài giảng dạy của các CBCCVC chuyên trách về CNTT thuộc tỉnh (gọi là b);\n- Tỷ lệ = b/a',
            'Title as scanned; reads "… đầy đủ và đúng thành phần".',
            'The formula lacks "/2": scored as turns/2 × max (see the formula-typo erratum). x = b/a turns per staff member, capped at 2 turns.',
          ],
        },
        {
          code: '7.2.4',
          title:
            'Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng về kỹ năng sử dụng, khai thác các hệ thống thông tin của tỉnh',
          titleEn:
            "Share of officials and public employees trained in using and exploiting the province's information systems",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thng kê slượng CBCCVC của tỉnh (gọi là a)',
              labelEn: 'Officials and public employees (CBCCVC)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thng kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng sử dụng, khai thác các hệ thống thông tin của tỉnh (gọi là b)',
              labelEn: "Of a: trained in using and exploiting the province's information systems",
            },
          ],
          scoringText: 'Điểm = tỷ lệ * Điểm tối đa',
          notes: [
            '- Thng kê slượng CBCCVC của tỉnh (gọi là a);\n- Thng kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng sử dụng, khai thác các hệ thống thông tin của tỉnh (gọi là b);\n- Tỷ lệ = b/a',
          ],
        },
        {
          code: '7.2.5',
          title: '30% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liệu',
          titleEn: '30% of officials and public employees trained in data analysis and processing',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '30%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thng kê slượng CBCCVC của tỉnh (gọi là a)',
              labelEn: 'Officials and public employees (CBCCVC)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thng kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liu của tỉnh (gi là b)',
              labelEn: 'Of a: trained in data analysis and processing',
            },
          ],
          scoringText: '- Tỷ lệ 30%: Điểm tối đa\n- Tỷ lệ 30%: điểm = (tỷ lệ/30%) * Điểm tối đa',
          notes: [
            '- Thng kê slượng CBCCVC của tỉnh (gọi là a);\n- Thng kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liu của tỉnh (gi là b);\n- Tỷ lệ = b/a',
            'Both bullets lost their comparison signs: read as "≥ 30%: full points" and "< 30%: (ratio/30%) × max" (see the erratum).',
          ],
        },
      ],
    },
  ],
};

export const group7Errata: Erratum[] = [
  {
    code: '7.1.2',
    kind: 'other',
    seedSays:
      '- Từ 80% Tỷ lệ Cán bộ chuyên trách CNTT có trình độ đại học chuyên ngành CNTT trở lên: Điểm tối đa | … | - Thống kê số lượng cán bộ chuyên trách về CNTT của tỉnh có trình độ từ Đại học trở lên (gọi là b);',
    interpretation:
      'The scoring text (and the title) count staff with a university degree in IT, the Ghi chú staff with any university degree. Points follow the scoring text: b counts dedicated IT staff with a university degree in IT or higher. (Elsewhere the inputs follow the Ghi chú; here the scoring text itself says what earns the points.)',
  },
  {
    code: '7.2.3',
    kind: 'formula-typo',
    seedSays: '- Dưới 2 lượt thì Điểm=số lượt*Điểm tối đa',
    interpretation:
      'Read as "số lượt × Điểm tối đa / 2". As printed, 1 turn would already earn full points and 1.5 turns 150% of the max, contradicting "Từ 2 lượt trở lên: Điểm tối đa" (full points only from 2 turns); the twin criterion 7.2.2 divides by its threshold ("Số lượt*Điểm tối đa/3"). So below 2 turns per staff member, points = (b/a) / 2 × max.',
  },
  {
    code: '7.2.5',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ 30%: Điểm tối đa\n- Tỷ lệ 30%: điểm = (tỷ lệ/30%) * Điểm tối đa',
    interpretation:
      'Both bullets lost their signs. Read as "Tỷ lệ ≥ 30%: Điểm tối đa" and "Tỷ lệ < 30%: điểm = (tỷ lệ/30%) × Điểm tối đa", the pattern of 5.10.x and the title\'s 30% target; the second bullet only makes sense below 30% (above, it would exceed the max).',
  },
];
