import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { GetCatalogueHandler, ListCataloguesHandler } from './catalogue.queries';
import { CataloguesController } from './catalogues.controller';

@Module({
  // For the buses and the statuses of the catalogue's errors (UNKNOWN_CATALOGUE → 404).
  imports: [CommandHandlingModule],
  controllers: [CataloguesController],
  providers: [ListCataloguesHandler, GetCatalogueHandler],
})
export class CataloguesModule {}
