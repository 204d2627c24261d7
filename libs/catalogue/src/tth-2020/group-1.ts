/**
 * Group 1 of Phụ lục 4, plan 222/KH-UBND (2020): "Chuyển đổi nhận thức" (seed lines ~1179–1388).
 *
 * Transcription conventions (shared by group-1.ts … group-4.ts, in step with group-5/6/7.ts):
 * - `title`, `scoringText`, the "Ghi chú" text and labels taken from it are VERBATIM here, scan losses included
 *   ("chuyn đi s"); groups 1–4 also give the repaired Vietnamese in a note `Reading: "…"`. The titles and
 *   labels users read are repaired once, when the catalogue is assembled, from the table in display-texts.ts
 *   (the verbatim text is kept as `seedText`). Only a cell's leading bullet dash ("- ") and closing ";" or
 *   "." are dropped from titles and labels: they are layout, not words.
 * - `scoringText` is the "Cách tính điểm" cell, one bullet per line, exactly as the seed has it.
 * - `notes[0]` is the seed's "Ghi chú" cell verbatim (lines joined with "\n") when the seed gives one; the
 *   notes after it are ours, in English.
 * - An input's `label` is its "Ghi chú" bullet (keeping "(gọi là a)"), or the verbatim fragment that names it
 *   inside a "Tỷ lệ = …/…" formula. Where the seed names no figure (all of group 1), the Vietnamese label is
 *   worded from the criterion and its "Cách tính điểm" cell and a note says so. Tiered option labels are the
 *   condition part of each bullet, verbatim.
 * - `appliesTo` is set on every leaf, even when it is both blocks, so no reader has to walk up the tree.
 * - A group or sub-group keeps the seed's declared max; scoring always sums the leaves' maxima, and every
 *   disagreement between the two (or a missing declared max) is an erratum.
 * - Errata quote the seed verbatim in `seedSays`: the lines of one cell joined by "\n", the non-empty cells of
 *   one row joined by " | ".
 */
import type { CatalogueNode, Erratum, UnitBlock } from '../catalogue.types';

const BOTH: UnitBlock[] = ['department', 'district'];

const LABELS_FROM_SCORING_TEXT =
  'The seed\'s "Ghi chú" is empty here: input labels are worded from the criterion text.';

export const group1: CatalogueNode = {
  code: '1',
  title: 'Chuyển đổi nhận thức',
  titleEn: 'Transforming awareness',
  notes: ['The seed gives no "Điểm tối đa" for this group; its leaves sum to 30 (see errata).'],
  children: [
    {
      code: '1.1',
      title: 'Tuyên truyền, ph biến về chuyn đi s',
      titleEn: 'Communicating and promoting digital transformation',
      declaredMax: '10',
      notes: ['Reading: "Tuyên truyền, phổ biến về chuyển đổi số"'],
      children: [
        {
          code: '1.1.1',
          title: '100% CB CCVC tham dự Hội thảo, hội nghị tuyên truyền về chuyển đổi số quy mô cấp tỉnh cho CBCCVC',
          titleEn:
            'All officials, civil servants and public employees attend the provincial-scale workshops and conferences promoting digital transformation',
          declaredMax: '5',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số hội thảo, hội nghị tuyên truyền về chuyển đổi số quy mô cấp tỉnh đã tham dự',
                labelEn: 'Provincial-scale digital-transformation workshops and conferences attended',
                pointsEach: '1',
                cap: '5',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số hội thảo, hội nghị tuyên truyền về chuyển đổi số quy mô cấp tỉnh đã tham dự',
              labelEn: 'Provincial-scale digital-transformation workshops and conferences attended',
            },
          ],
          scoringText: '- Tham gia mỗi hội thảo, hội nghị được 01 điểm, tối đa 05 điểm\n- Không có: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '1.1.2',
          title: 'Xây dựng Tài liệu tuyên truyền về chuyển đổi số trong CQNN',
          titleEn: 'Producing communication materials on digital transformation in state agencies',
          declaredMax: '5',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số tài liệu tuyên truyền về chuyển đổi số đã xây dựng',
                labelEn: 'Digital-transformation communication materials produced',
                pointsEach: '1',
                cap: '5',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số tài liệu tuyên truyền về chuyển đổi số đã xây dựng',
              labelEn: 'Digital-transformation communication materials produced',
            },
          ],
          scoringText: '- Mỗi tài liệu được 1 điểm, tối đa 5 điểm\n- Không có: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
      ],
    },
    {
      code: '1.2',
      title: 'Sự quan tâm của người đứng đầu',
      titleEn: 'Commitment of the head of the unit',
      declaredMax: '13',
      children: [
        {
          code: '1.2.1',
          title: 'Ban hành quyết định Ban chỉ đạo Chính quyền điện tử của đơn vị: Thủ trưởng là Trưởng ban',
          titleEn:
            "Decision establishing the unit's e-government steering committee, with the head of the unit as its chair",
          declaredMax: '3',
          appliesTo: BOTH,
          rule: {
            kind: 'tiered',
            options: [
              { label: 'Trưởng ban là Thủ trưởng đơn vị', labelEn: 'Chaired by the head of the unit', fraction: '1' },
              {
                label: 'Trưởng ban là cấp phó của lãnh đạo đơn vị',
                labelEn: 'Chaired by a deputy head of the unit',
                fraction: '1/3',
              },
              {
                label: 'Trưởng ban không phải Lãnh đạo của đơn vị',
                labelEn: 'Chaired by someone outside the unit leadership',
                fraction: '0',
              },
            ],
          },
          inputs: [
            {
              name: 'option',
              type: 'option',
              label: 'Trưởng ban chỉ đạo Chính quyền điện tử của đơn vị',
              labelEn: "Who chairs the unit's e-government steering committee",
            },
          ],
          scoringText:
            '- Trưởng ban là Thủ trưởng đơn vị: điểm tối đa\n- Trưởng ban là cấp phó của lãnh đạo đơn vị: được 1/3 điểm tối đa\n- Trưởng ban không phải Lãnh đạo của đơn vị: 0 điểm',
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'The seed has no bullet for a unit with no steering-committee decision at all; such a unit earns 0, as with option 3.',
          ],
        },
        {
          code: '1.2.2',
          title: 'Tham gia đầy đủ, đúng thành phần cuộc họp, hội nghị về chuyển đổi số do Chủ tịch UBND tỉnh chủ trì',
          titleEn:
            "Attending, fully and with the right participants, the digital-transformation meetings and conferences chaired by the Chairman of the Provincial People's Committee",
          declaredMax: '3',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số cuộc họp, hội nghị mà Chủ tịch UBND tỉnh chủ trì',
                labelEn: 'Meetings and conferences attended that the Provincial Chairman chaired',
                pointsEach: '1',
                cap: '3',
              },
              {
                input: 'count2',
                label: 'Số cuộc họp, hội nghị mà Phó Chủ tịch UBND tỉnh chủ trì',
                labelEn: 'Meetings and conferences attended that a Provincial Vice-Chairman chaired',
                pointsEach: '1/3',
                cap: '1',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số cuộc họp, hội nghị mà Chủ tịch UBND tỉnh chủ trì',
              labelEn: 'Meetings and conferences attended that the Provincial Chairman chaired',
            },
            {
              name: 'count2',
              type: 'count',
              label: 'Số cuộc họp, hội nghị mà Phó Chủ tịch UBND tỉnh chủ trì',
              labelEn: 'Meetings and conferences attended that a Provincial Vice-Chairman chaired',
            },
          ],
          scoringText:
            '- Tham gia số cuộc họp, hội nghị mà Chủ tịch UBND tỉnh chủ trì: 01 điểm/cuộc họp, tối đa 03 điểm\n- Số cuộc họp, hội nghị mà Phó Chủ tịch UBND tỉnh chủ trì: 1/3 điểm/cuộc họp, tối đa 01 điểm\n- Không có cuộc họp, hội nghị do Chủ tịch/Phó Chủ tịch UBND tỉnh chủ trì: 0 điểm',
          notes: [
            'The seed\'s "Ghi chú" is empty: labels follow the wording of the bullets.',
            'The two bullets can add up to 4; the criterion is capped at its maximum of 3.',
          ],
        },
        {
          code: '1.2.3',
          title: 'Công tác tập huấn nâng cao nhận thức, cập nhật xu hướng cho người đứng đầu các cấp về chuyển đổi số',
          titleEn:
            'Training that raises awareness and keeps heads at every level abreast of digital-transformation trends',
          declaredMax: '4',
          children: [
            {
              code: '1.2.3.1',
              title:
                'Đơn vị tự xây dựng và triển khai chương trình, kế hoạch đào tạo, tập huấn về chuyển đổi s, chính quyền scho cấp phòng và đơn vị trực thuộc',
              titleEn:
                'The unit draws up and carries out its own training programme or plan on digital transformation and digital government for its divisions and subordinate units',
              declaredMax: '2',
              appliesTo: BOTH,
              rule: {
                kind: 'tiered',
                options: [
                  {
                    label: 'Có chương trình, kế hoạch đào tạo và đã triển khai',
                    labelEn: 'A training programme or plan exists and has been carried out',
                    fraction: '1',
                  },
                  {
                    label: 'Có chương trình, kế hoạch đào tạo nhưng chưa triển khai',
                    labelEn: 'A training programme or plan exists but has not been carried out',
                    fraction: '1/2',
                  },
                  { label: 'Không có', labelEn: 'None', fraction: '0' },
                ],
              },
              inputs: [
                {
                  name: 'option',
                  type: 'option',
                  label: 'Chương trình, kế hoạch đào tạo, tập huấn về chuyển đổi số của đơn vị',
                  labelEn: "The unit's digital-transformation training programme or plan",
                },
              ],
              scoringText:
                '- Có chương trình, kế hoạch đào tạo và đã triển khai: điểm tối đa\n- Có chương trình, kế hoạch đào tạo nhưng chưa triển khai: 1/2 đim tối đa\n- Không có: 0 điểm',
              notes: [
                'Reading: "Đơn vị tự xây dựng và triển khai chương trình, kế hoạch đào tạo, tập huấn về chuyển đổi số, chính quyền số cho cấp phòng và đơn vị trực thuộc"',
                'Reading (scoring text): "1/2 điểm tối đa"',
                LABELS_FROM_SCORING_TEXT,
              ],
            },
            {
              code: '1.2.3.2',
              title: 'Thủ trưởng đơn vị tham gia đào tạo, tập huấn đầy đủ về chuyển đổi số, chính quyền số',
              titleEn:
                'The head of the unit takes part fully in training on digital transformation and digital government',
              declaredMax: '2',
              appliesTo: BOTH,
              rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
              inputs: [
                {
                  name: 'a',
                  type: 'count',
                  label: 'Số người đứng đầu các cấp',
                  labelEn: 'Heads at every level (of the unit and its divisions and subordinate units)',
                },
                {
                  name: 'b',
                  type: 'count',
                  label: 'Số người đứng đầu các cấp được đào tạo, tập huấn nâng cao nhận thức',
                  labelEn: 'Of those, heads trained to raise awareness',
                },
              ],
              scoringText: 'Điểm = tỷ lệ người đứng đầu các cấp được đào tạo, tập huấn nâng cao nhận thức * Đim tối đa',
              notes: [
                'Reading (scoring text): "* Điểm tối đa"',
                'The seed names no letters: a ratio of two counts, so a is the denominator and b the numerator.',
                'The title speaks of the head of the unit, the formula of heads at every level; we score by the formula.',
              ],
            },
          ],
        },
        {
          code: '1.2.4',
          title:
            'Đơn vị ban hành văn bản điều hành về chuyển đổi số trong cơ quan nhà nước/chính quyền số do người đứng đầu đơn vị trực tiếp ký',
          titleEn:
            'Directives on digital transformation in state agencies / digital government issued by the unit and signed by its head in person',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số văn bản điều hành về chuyển đổi số do Thủ trưởng đơn vị trực tiếp ký',
                labelEn: 'Digital-transformation directives signed by the head of the unit',
                pointsEach: '1',
                cap: '3',
              },
              {
                input: 'count2',
                label: 'Số văn bản điều hành về chuyển đổi số do cấp phó của đơn vị trực tiếp ký',
                labelEn: 'Digital-transformation directives signed by a deputy head of the unit',
                pointsEach: '1/3',
                cap: '1',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số văn bản điều hành về chuyển đổi số do Thủ trưởng đơn vị trực tiếp ký',
              labelEn: 'Digital-transformation directives signed by the head of the unit',
            },
            {
              name: 'count2',
              type: 'count',
              label: 'Số văn bản điều hành về chuyển đổi số do cấp phó của đơn vị trực tiếp ký',
              labelEn: 'Digital-transformation directives signed by a deputy head of the unit',
            },
          ],
          scoringText:
            '- Số văn bản điều hành về chuyển đổi số do Thủ trưởng đơn vị trực tiếp ký: 01 điểm/văn bản, tối đa 03 Điểm\n- Số văn bản điều hành về chuyển đổi số do cấp phó của đơn vị trực tiếp ký: 1/3 điểm/văn bản, tối đa 01 Điểm\n- Không có: 0 điểm',
          notes: [
            'The seed\'s "Ghi chú" is empty: labels follow the wording of the bullets.',
            'The two bullets can add up to 4; the criterion is capped at its maximum of 3.',
          ],
        },
      ],
    },
    {
      code: '1.3',
      title: 'Chủ trương, chỉ đạo về chuyển đi số trong cơ quan nhà nước',
      titleEn: 'Policy and direction on digital transformation in state agencies',
      declaredMax: '5',
      notes: ['Reading: "Chủ trương, chỉ đạo về chuyển đổi số trong cơ quan nhà nước"'],
      children: [
        {
          code: '1.3.1',
          title: 'Xây dựng và ban hành Nghị quyết, Chỉ thị của cấp ủy đơn vị chuyên đề về chuyển đổi số',
          titleEn: "A resolution or directive of the unit's Party committee dedicated to digital transformation",
          declaredMax: '3',
          appliesTo: BOTH,
          rule: {
            kind: 'tiered',
            options: [
              {
                label: 'Có Nghị quyết chuyên đề về chuyển đổi số',
                labelEn: 'A resolution dedicated to digital transformation',
                fraction: '1',
              },
              {
                label: 'Có Nghị quyết trong đó đề cập nội dung về chuyển đổi số',
                labelEn: 'A resolution that touches on digital transformation',
                fraction: '1/3',
              },
              { label: 'Không có Nghị quyết', labelEn: 'No resolution', fraction: '0' },
            ],
          },
          inputs: [
            {
              name: 'option',
              type: 'option',
              label: 'Nghị quyết của cấp ủy đơn vị về chuyển đổi số',
              labelEn: "The unit Party committee's resolution on digital transformation",
            },
          ],
          scoringText:
            '- Có Nghị quyết chuyên đề về chuyển đổi số: điểm tối đa;\n- Có Nghị quyết trong đó đề cập nội dung về chuyển đổi số: 1/3 Điểm tối đa;\n- Không có Nghị quyết: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '1.3.2',
          title: 'Đơn vị xây dựng Chỉ thị, văn bản chỉ đạo chuyên đề về chuyển đổi s',
          titleEn: 'A directive or guidance document of the unit dedicated to digital transformation',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: {
            kind: 'tiered',
            options: [
              {
                label: 'Có chỉ thị, văn bản chủ trương chuyên đề về chuyển đổi s',
                labelEn: 'A directive or policy document dedicated to digital transformation',
                fraction: '1',
              },
              {
                label: 'Có chỉ thị, văn bản chủ trương, trong đó đề cập nội dung về chuyển đổi số',
                labelEn: 'A directive or policy document that touches on digital transformation',
                fraction: '1/3',
              },
              { label: 'Không có', labelEn: 'None', fraction: '0' },
            ],
          },
          inputs: [
            {
              name: 'option',
              type: 'option',
              label: 'Chỉ thị, văn bản chỉ đạo về chuyển đổi số của đơn vị',
              labelEn: "The unit's directive or guidance on digital transformation",
            },
          ],
          scoringText:
            '- Có chỉ thị, văn bản chủ trương chuyên đề về chuyển đổi s: điểm tối đa;\n- Có chỉ thị, văn bản chủ trương, trong đó đề cập nội dung về chuyển đổi số: 1/3 điểm tối đa;\n- Không có: 0 điểm',
          notes: [
            'Reading: "Đơn vị xây dựng Chỉ thị, văn bản chỉ đạo chuyên đề về chuyển đổi số"',
            'Reading (option 1): "Có chỉ thị, văn bản chủ trương chuyên đề về chuyển đổi số"',
            LABELS_FROM_SCORING_TEXT,
          ],
        },
      ],
    },
    {
      code: '1.4',
      title: 'Ngày chuyển đi s',
      titleEn: 'Digital Transformation Day',
      declaredMax: '2',
      notes: ['Reading: "Ngày chuyển đổi số"'],
      children: [
        {
          code: '1.4.1',
          title: 'Đơn vị cử cán bộ tham gia sự kiện đúng thành phần “Ngày chuyển đổi số” năm của Tỉnh',
          titleEn: 'The unit sends the right officials to the province\'s annual "Digital Transformation Day" event',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [
            {
              name: 'value',
              type: 'boolean',
              label: 'Có tham gia',
              labelEn: 'Took part',
            },
          ],
          scoringText: '- Có tham gia: Điểm tối đa\n- Không có: 0 điểm',
          notes: ['The label is the first bullet\'s condition; the seed\'s "Ghi chú" is empty.'],
        },
      ],
    },
  ],
};

export const group1Errata: Erratum[] = [
  {
    code: '1',
    kind: 'other',
    seedSays: '1 | Chuyển đổi nhận thức',
    interpretation:
      'The seed declares no maximum for group 1 (groups 2, 4, 5, 6 and 7 have one). Its leaves sum to 30 (10 + 13 + 5 + 2, each sub-group agreeing with its declared max), and 30 is what the group scores against.',
  },
  {
    code: '1.2.2',
    kind: 'other',
    seedSays:
      '- Tham gia số cuộc họp, hội nghị mà Chủ tịch UBND tỉnh chủ trì: 01 điểm/cuộc họp, tối đa 03 điểm\n- Số cuộc họp, hội nghị mà Phó Chủ tịch UBND tỉnh chủ trì: 1/3 điểm/cuộc họp, tối đa 01 điểm | 3',
    interpretation:
      'The two bullets can add up to 3 + 1 = 4 against a maximum of 3. Each bullet keeps its own cap and the sum is capped at 3: a unit at three meetings chaired by the Chairman scores the maximum whatever else it attended.',
  },
  {
    code: '1.2.4',
    kind: 'other',
    seedSays:
      '- Số văn bản điều hành về chuyển đổi số do Thủ trưởng đơn vị trực tiếp ký: 01 điểm/văn bản, tối đa 03 Điểm\n- Số văn bản điều hành về chuyển đổi số do cấp phó của đơn vị trực tiếp ký: 1/3 điểm/văn bản, tối đa 01 Điểm | 3',
    interpretation:
      'The two bullets can add up to 3 + 1 = 4 against a maximum of 3. Each bullet keeps its own cap and the sum is capped at 3: three directives signed by the head of the unit score the maximum.',
  },
];
