import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { getCatalogue, listCatalogues } from '@dti/catalogue';
import { toCatalogueSummary, toCatalogueView, type CatalogueSummaryView, type CatalogueView } from './catalogue.view';

export class ListCataloguesQuery extends Query<CatalogueSummaryView[]> {}

/** Case-insensitive id; UNKNOWN_CATALOGUE (404) names the known ones. */
export class GetCatalogueQuery extends Query<CatalogueView> {
  constructor(readonly id: string) {
    super();
  }
}

/** The catalogues are compiled in (libs/catalogue): read from the registry, never from a database. */
@QueryHandler(ListCataloguesQuery)
export class ListCataloguesHandler implements IQueryHandler<ListCataloguesQuery, CatalogueSummaryView[]> {
  async execute(): Promise<CatalogueSummaryView[]> {
    return listCatalogues().map(toCatalogueSummary);
  }
}

@QueryHandler(GetCatalogueQuery)
export class GetCatalogueHandler implements IQueryHandler<GetCatalogueQuery, CatalogueView> {
  async execute({ id }: GetCatalogueQuery): Promise<CatalogueView> {
    return toCatalogueView(getCatalogue(id));
  }
}
