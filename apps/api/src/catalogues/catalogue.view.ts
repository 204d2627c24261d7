import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  catalogueMax,
  computedMax,
  isLeaf,
  listLeaves,
  Rational,
  summarizeRule,
  UNIT_BLOCKS,
  type Catalogue,
  type CatalogueNode,
  type Erratum,
  type InputSpec,
  type Rule,
  type UnitBlock,
} from '@dti/catalogue';

/**
 * Points are exact strings ("2.5", "1/3"), the catalogue's own written form: no binary float ever
 * carries a maximum. Display rounding is the client's.
 */
function exact(value: Rational): string {
  return value.toExactDecimal(6) ?? value.toString();
}

export class CatalogueSummaryView {
  @ApiProperty({ example: 'tth-2020' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  titleEn!: string | null;

  @ApiProperty({ example: 'Phụ lục 4, Kế hoạch 222/KH-UBND ngày 21/10/2020' })
  source!: string;

  @ApiProperty({ example: '2021-01-01' })
  effectiveFrom!: string;

  @ApiProperty({ description: 'Number of scored criteria (leaves).' })
  criteria!: number;

  @ApiProperty({ example: '1000', description: 'Exact total of the criteria maxima.' })
  totalMax!: string;
}

export class CatalogueInputView {
  @ApiProperty({ example: 'a', description: 'Stable contract name: the key of the figure in submitted inputs.' })
  name!: string;

  @ApiProperty({ enum: ['count', 'quantity', 'boolean', 'option'] })
  type!: InputSpec['type'];

  @ApiProperty({
    example: 'Thống kê số lượng CBCC của tỉnh (gọi là a)',
    description: 'Vietnamese display label: the seed’s, with the scan’s lost letters restored. Show this one.',
  })
  label!: string;

  @ApiPropertyOptional()
  labelEn?: string;

  @ApiPropertyOptional({
    example: 'Thng kê số lượng CBCC của tỉnh (gọi là a)',
    description: 'The seed’s text verbatim, present where the display label differs from it.',
  })
  seedText?: string;
}

export class CatalogueNodeView {
  @ApiProperty({ example: '1.2.1' })
  code!: string;

  @ApiProperty({
    example: 'Tuyên truyền, phổ biến về chuyển đổi số',
    description: 'Vietnamese display title: the seed’s, with the scan’s lost letters restored. Show this one.',
  })
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  titleEn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Tuyên truyền, ph biến về chuyn đi s',
    description: 'The seed’s title verbatim where the display title differs from it (shown on request); else null.',
  })
  seedText!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '10', description: 'The seed’s “Điểm tối đa”, exact.' })
  declaredMax!: string | null;

  @ApiProperty({ example: '10', description: 'Sum of the leaves’ maxima: what the node is worth in scoring.' })
  computedMax!: string;

  @ApiProperty({ enum: UNIT_BLOCKS, isArray: true, description: 'Blocks the node applies to, after inheritance.' })
  appliesTo!: UnitBlock[];

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Scored criteria only.' })
  rule!: Rule | null;

  @ApiPropertyOptional({ example: 'ratio b/a' })
  ruleSummary?: string;

  @ApiProperty({ type: () => CatalogueInputView, isArray: true, description: 'Inputs a submitter reports.' })
  inputs!: CatalogueInputView[];

  @ApiPropertyOptional({ description: 'The seed’s “Cách tính điểm”, verbatim.' })
  scoringText?: string;

  @ApiPropertyOptional({ type: String, isArray: true })
  notes?: string[];

  @ApiProperty({ type: () => CatalogueNodeView, isArray: true })
  children!: CatalogueNodeView[];
}

export class CatalogueView extends CatalogueSummaryView {
  @ApiProperty({ type: CatalogueNodeView })
  root!: CatalogueNodeView;

  @ApiProperty({
    type: 'object',
    isArray: true,
    additionalProperties: true,
    description: 'Where the seed is wrong and how this catalogue reads it: {code, kind, seedSays, interpretation}.',
  })
  errata!: Erratum[];
}

export function toCatalogueSummary(catalogue: Catalogue): CatalogueSummaryView {
  return {
    id: catalogue.id,
    title: catalogue.title,
    titleEn: catalogue.titleEn ?? null,
    source: catalogue.source,
    effectiveFrom: catalogue.effectiveFrom,
    criteria: listLeaves(catalogue).length,
    totalMax: exact(catalogueMax(catalogue)),
  };
}

export function toCatalogueView(catalogue: Catalogue): CatalogueView {
  return {
    ...toCatalogueSummary(catalogue),
    root: toNodeView(catalogue.root, UNIT_BLOCKS),
    errata: catalogue.errata.map((erratum) => ({ ...erratum })),
  };
}

function toNodeView(node: CatalogueNode, inherited: readonly UnitBlock[]): CatalogueNodeView {
  const appliesTo = node.appliesTo ?? inherited;
  const declared = node.declaredMax === undefined ? undefined : Rational.tryParse(node.declaredMax);
  const leaf = isLeaf(node);
  return {
    code: node.code,
    title: node.title,
    titleEn: node.titleEn ?? null,
    seedText: node.seedText ?? null,
    declaredMax: declared === undefined ? null : exact(declared),
    computedMax: exact(computedMax(node)),
    appliesTo: [...appliesTo],
    rule: leaf && node.rule !== undefined ? node.rule : null,
    ...(leaf && node.rule !== undefined ? { ruleSummary: summarizeRule(node.rule) } : {}),
    inputs: leaf ? (node.inputs ?? []).map(toInputView) : [],
    ...(node.scoringText === undefined ? {} : { scoringText: node.scoringText }),
    ...(node.notes === undefined ? {} : { notes: [...node.notes] }),
    children: (node.children ?? []).map((child) => toNodeView(child, appliesTo)),
  };
}

function toInputView(input: InputSpec): CatalogueInputView {
  return {
    name: input.name,
    type: input.type,
    label: input.label,
    ...(input.labelEn === undefined ? {} : { labelEn: input.labelEn }),
    ...(input.seedText === undefined ? {} : { seedText: input.seedText }),
  };
}
