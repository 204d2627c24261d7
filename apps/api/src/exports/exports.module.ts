import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { ReadAccess } from '../read-side/read-access';
import { ExportsController } from './exports.controller';
import { RankingPdfController, ReportPdfController } from './pdf.controllers';

/**
 * Files out of the read side (issue #13): the quarterly report and the ranking as PDF (pdfmake), and
 * Excel/CSV exports (exceljs streaming writer). Listed before ReadSideModule in AppModule: Express matches
 * routes in registration order, and `/reports/:unit/:period` would otherwise answer `…/2025-Q2.pdf`.
 */
@Module({
  imports: [CommandHandlingModule, AssessmentsModule],
  controllers: [ReportPdfController, RankingPdfController, ExportsController],
  providers: [ReadAccess],
})
export class ExportsModule {}
