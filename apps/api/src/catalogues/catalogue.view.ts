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

export class CatalogueNodeView {
  @ApiProperty({ example: '1.2.1' })
  code!: string;

  @ApiProperty({ description: 'Vietnamese, verbatim from the seed.' })
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  titleEn!: string | null;

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

  @ApiProperty({
    type: 'object',
    isArray: true,
    additionalProperties: true,
    description: 'Inputs a submitter reports.',
  })
  inputs!: InputSpec[];

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
    declaredMax: declared === undefined ? null : exact(declared),
    computedMax: exact(computedMax(node)),
    appliesTo: [...appliesTo],
    rule: leaf && node.rule !== undefined ? node.rule : null,
    ...(leaf && node.rule !== undefined ? { ruleSummary: summarizeRule(node.rule) } : {}),
    inputs: leaf ? [...(node.inputs ?? [])] : [],
    ...(node.scoringText === undefined ? {} : { scoringText: node.scoringText }),
    ...(node.notes === undefined ? {} : { notes: [...node.notes] }),
    children: (node.children ?? []).map((child) => toNodeView(child, appliesTo)),
  };
}
