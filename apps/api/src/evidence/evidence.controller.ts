import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { requireSubmitFor, rolesWith, type Actor, type CommandEnvelope } from '@dti/domain';
import { EVIDENCE_MEDIA_TYPES, EVIDENCE_STORE, isShownInline, type EvidenceStore } from '@dti/evidence-store';
import type { PlatformConfig } from '@dti/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Envelope } from '../command-handling/envelope.decorator';
import { contentDisposition } from './content-disposition';
import { EvidenceFileMetaResponse, EvidenceFileResponse } from './dto/evidence-file.response';
import { DownloadEvidenceQueryDto, EvidenceHashParams, UploadEvidenceQueryDto } from './dto/evidence-requests.dto';
import { EvidenceCatalog, type EvidenceRecord } from './evidence-catalog';
import { MultipartEvidenceReader } from './multipart-evidence.reader';
import { RecordEvidenceFile } from './record-evidence-file';

// The bytes under a hash never change; a day keeps repeat views instant without outliving access for long.
const CACHE_CONTROL = 'private, max-age=86400, immutable';

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: {
        type: 'string',
        format: 'binary',
        description: 'PDF, PNG, JPEG, GIF, WEBP, docx/xlsx/pptx, doc/xls/ppt, odt/ods/odp (checked from the bytes)',
      },
      unit: { type: 'string', description: 'Mã đơn vị (optional; or ?unit=)', example: 'STTTT' },
    },
  },
};

/** Evidence files (minh chứng): uploaded by submitters, cited by submissions, read by reviewers and others. */
@ApiTags('evidence')
@Controller('evidence')
export class EvidenceController {
  private readonly logger = new Logger(EvidenceController.name);
  private readonly maxBytes: number;

  constructor(
    private readonly uploads: RecordEvidenceFile,
    private readonly catalog: EvidenceCatalog,
    private readonly reader: MultipartEvidenceReader,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    config: ConfigService<PlatformConfig, true>,
  ) {
    this.maxBytes = config.get('EVIDENCE_MAX_BYTES', { infer: true });
  }

  @Roles(...rolesWith('assessment:submit'))
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Tải lên tệp minh chứng / Upload an evidence file',
    description:
      'multipart/form-data with the file in the field `file`. Stored once per content (SHA-256); cite it in a ' +
      'submission as `evidence[].sha256`. The type is read from the bytes: PDF, images and office documents only. ' +
      'The size limit is EVIDENCE_MAX_BYTES (25 MB by default).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: EvidenceFileResponse, description: 'Stored (or already stored: the same answer)' })
  @ApiBadRequestResponse({
    description: 'EVIDENCE_UPLOAD_INVALID (not multipart, no `file`, two files, unknown field)',
  })
  @ApiPayloadTooLargeResponse({ description: 'EVIDENCE_TOO_LARGE: nothing is kept' })
  @ApiUnsupportedMediaTypeResponse({ description: 'EVIDENCE_TYPE_NOT_ALLOWED: the bytes are not an accepted type' })
  @ApiUnprocessableEntityResponse({ description: 'INVALID_UNIT_CODE, INVALID_COMMAND' })
  async upload(
    @Req() request: Request,
    @Query() query: UploadEvidenceQueryDto,
    @CurrentActor() actor: Actor,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<EvidenceFileResponse> {
    const received = await this.reader.read(request, {
      maxBytes: this.maxBytes,
      unit: query.unit,
      defaultUnit: actor.unit,
      checkUnit: (unit) => requireSubmitFor(actor, unit),
    });
    return this.uploads.record(received, envelope);
  }

  @Roles(...rolesWith('assessment:read'))
  @Get(':sha256/meta')
  @ApiOperation({
    summary: 'Thông tin tệp minh chứng / An evidence file’s name, size, type and uploads',
    description: 'A submitter sees files uploaded for their own unit only, and only those uploads.',
  })
  @ApiOkResponse({ type: EvidenceFileMetaResponse })
  @ApiBadRequestResponse({ description: 'INVALID_EVIDENCE_HASH' })
  @ApiNotFoundResponse({ description: 'EVIDENCE_NOT_FOUND (unknown, or not readable by this account)' })
  async meta(@Param() params: EvidenceHashParams, @CurrentActor() actor: Actor): Promise<EvidenceFileMetaResponse> {
    const record = await this.catalog.readableBy(actor, params.sha256);
    return {
      sha256: record.sha256,
      name: record.uploads[0].name,
      size: record.size,
      mediaType: record.mediaType,
      uploads: record.uploads,
    };
  }

  @Roles(...rolesWith('assessment:read'))
  @Get(':sha256')
  @ApiOperation({
    summary: 'Tải về tệp minh chứng / Download an evidence file',
    description:
      'Streams the file with its stored media type. PDF and images open in the browser (inline), other types ' +
      'download (attachment; `?download=true` forces it). ETag is the hash; If-None-Match answers 304. ' +
      'HEAD answers the headers only. A submitter reads files uploaded for their own unit only.',
  })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({
    description: 'The file',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Disposition': {
        description: 'inline or attachment, filename and filename* (UTF-8)',
        schema: { type: 'string' },
      },
      ETag: { description: 'The SHA-256, quoted', schema: { type: 'string' } },
      'X-Content-Type-Options': { description: 'nosniff', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the hash)' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a copy already held' })
  @ApiBadRequestResponse({ description: 'INVALID_EVIDENCE_HASH' })
  @ApiNotFoundResponse({ description: 'EVIDENCE_NOT_FOUND (unknown, or not readable by this account)' })
  async download(
    @Param() params: EvidenceHashParams,
    @Query() query: DownloadEvidenceQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const record = await this.catalog.readableBy(actor, params.sha256);
    const forceDownload = query.download === 'true' || query.download === '1';
    this.setFileHeaders(response, record, forceDownload);
    if (matchesEtag(request.headers['if-none-match'], record.sha256)) {
      response.status(304).end();
      return;
    }
    // Express routes HEAD here too: answer the headers without opening the file.
    if (request.method === 'HEAD') {
      response.status(200).end();
      return;
    }
    const opened = await this.store.open(record.sha256);
    // Recorded but not in the store: the volume is not the one the events describe (a restore gone wrong).
    if (opened === null) throw new Error(`Evidence file ${record.sha256} is recorded but missing from EVIDENCE_DIR`);
    response.status(200);
    try {
      await pipeline(opened.content, response);
    } catch (error) {
      // Headers are gone: nothing to answer. A client that went away is routine; anything else is logged.
      if ((error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error({ err: error, sha256: record.sha256 }, 'Streaming an evidence file failed');
      }
    }
  }

  private setFileHeaders(response: Response, record: EvidenceRecord, forceDownload: boolean): void {
    const inline = !forceDownload && isShownInline(record.mediaType);
    response.setHeader('Content-Type', record.mediaType);
    response.setHeader('Content-Length', String(record.size));
    response.setHeader(
      'Content-Disposition',
      contentDisposition(inline ? 'inline' : 'attachment', record.uploads[0].name),
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('ETag', `"${record.sha256}"`);
    response.setHeader('Cache-Control', CACHE_CONTROL);
  }
}

function matchesEtag(header: string | undefined, sha256: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === `"${sha256}"`);
}
