import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@dti/domain';
import { Roles } from '../auth/roles.decorator';
import { GetCatalogueQuery, ListCataloguesQuery } from './catalogue.queries';
import { CatalogueSummaryView, CatalogueView } from './catalogue.view';

@ApiTags('catalogues')
@Controller('catalogues')
export class CataloguesController {
  constructor(private readonly queries: QueryBus) {}

  @Roles(...ROLES)
  @Get()
  @ApiOperation({ summary: 'Các bộ tiêu chí / The criteria catalogues' })
  @ApiOkResponse({ type: CatalogueSummaryView, isArray: true })
  list(): Promise<CatalogueSummaryView[]> {
    return this.queries.execute(new ListCataloguesQuery());
  }

  @Roles(...ROLES)
  @Get(':id')
  @ApiOperation({
    summary: 'Cây tiêu chí / A catalogue as a tree',
    description: 'Case-insensitive id (tth-2020). Every node with its maxima (exact strings), rule, inputs; errata.',
  })
  @ApiOkResponse({ type: CatalogueView })
  @ApiNotFoundResponse({ description: 'UNKNOWN_CATALOGUE' })
  get(@Param('id') id: string): Promise<CatalogueView> {
    return this.queries.execute(new GetCatalogueQuery(id));
  }
}
