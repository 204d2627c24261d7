import type { CatalogueNode, Rational, Rule, RuleKind } from '@dti/catalogue';
import type { CriterionInputs } from '../criterion-inputs';
import type { Bilingual } from '../wording';

export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** What every rule is given: the criterion, its rule, its maximum and its checked inputs. */
export interface RuleContext<R extends Rule = Rule> {
  node: CatalogueNode;
  rule: R;
  max: Rational;
  inputs: CriterionInputs;
}

export interface RuleOutcome {
  points: Rational;
  explanation: Bilingual;
}
