import { catalogueIndex, getCatalogue, type IndexedNode } from '@dti/catalogue';

/**
 * What an export shows of a catalogue version's nodes, read from the catalogue's own `title` and input
 * `label` fields (never copied here, so a repaired title shows everywhere at once). Built once per
 * catalogue version and cached: an export asks for thousands of rows of the same few versions.
 */
export interface CatalogueLabels {
  title(code: string): string;
  /** The group (depth 1) a criterion belongs to, as "7. Title". */
  group(code: string): string;
  /** Inputs as "Tổng số cán bộ (a) = 250; … (b) = 20", labelled by the catalogue; "" when none. */
  inputs(code: string, values: Readonly<Record<string, unknown>> | null): string;
}

const cache = new Map<string, CatalogueLabels>();

export function catalogueLabels(catalogueId: string): CatalogueLabels {
  const cached = cache.get(catalogueId);
  if (cached !== undefined) return cached;
  const index = catalogueIndex(getCatalogue(catalogueId));
  const groupOf = (entry: IndexedNode | undefined): IndexedNode | undefined => {
    if (entry === undefined) return undefined;
    if (entry.depth <= 1) return entry;
    const code = entry.ancestors[1];
    return code === undefined ? undefined : index.get(code);
  };
  const labels: CatalogueLabels = {
    title: (code) => index.get(code)?.node.title ?? code,
    group: (code) => {
      const group = groupOf(index.get(code));
      return group === undefined ? '' : `${group.node.code}. ${group.node.title}`;
    },
    inputs: (code, values) => {
      if (values === null) return '';
      const specs = index.get(code)?.node.inputs ?? [];
      return Object.entries(values)
        .map(([name, value]) => {
          const spec = specs.find((candidate) => candidate.name === name);
          const shown = typeof value === 'boolean' ? (value ? 'Có' : 'Không') : String(value);
          return spec === undefined ? `${name} = ${shown}` : `${spec.label} (${name}) = ${shown}`;
        })
        .join('; ');
    },
  };
  cache.set(catalogueId, labels);
  return labels;
}
