// Exports of the read model as files (CSV, XLSX, PDF): the tables, the writers and the PDF documents, used by the
// API's export endpoints, the CLI's `export` command and the export bench. An adapter library (exceljs, pdfmake,
// TypeORM queries of the read model), not pure domain.
export * from './export-table';
export * from './csv-writer';
export * from './xlsx-writer';
export * from './write-export';
export * from './vietnamese-labels';
export * from './catalogue-labels';
export * from './unit-names';
export * from './rankings-table';
export * from './scores-table';
export * from './series-table';
export * from './submissions-table';
export * from './scorecard-rows';
export * from './empty-scorecard';
export * from './pdf-layout';
export * from './pdf-render';
export * from './ranking-pdf.document';
export * from './report-pdf.data';
export * from './report-pdf.document';
