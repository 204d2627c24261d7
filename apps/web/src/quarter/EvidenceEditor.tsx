import { DeleteOutlined, FilePdfOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Upload, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, reportUnauthenticated, sessionHeaders, type Schemas } from '../api/client';
import { localizedMessage, unwrap } from '../api/problem';
import { formatBytes } from '../common/format';
import { currentLanguage } from '../i18n';

dayjs.extend(customParseFormat);

/** One document cited by a submission: an uploaded file (or an earlier link) and its particulars. */
export interface EvidenceDraft {
  key: string;
  sha256: string | null;
  url: string | null;
  /** The uploaded file's name, when this page uploaded it (else read from /evidence/{sha256}/meta). */
  name?: string;
  size?: number;
  documentNumber: string;
  /** YYYY-MM-DD, or '' while not chosen. */
  documentDate: string;
  signer: string;
}

export function draftsFromEvidence(evidence: readonly Schemas['EvidenceResponse'][]): EvidenceDraft[] {
  return evidence.map((item, index) => ({
    key: `${item.sha256 ?? item.url ?? 'e'}-${index}`,
    sha256: item.sha256,
    url: item.url,
    documentNumber: item.documentNumber,
    documentDate: item.documentDate,
    signer: item.signer,
  }));
}

const ACCEPT = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
].join(',');

const DATE_FORMAT = 'DD/MM/YYYY';

/** The file's link: opens GET /evidence/{sha256} in a new tab (PDF and images show in the browser). */
export function EvidenceLink({ sha256, name, url }: { sha256: string | null; name?: string; url?: string | null }) {
  const { t } = useTranslation('quarter');
  const meta = useQuery({
    queryKey: ['evidence-meta', sha256],
    queryFn: async () =>
      unwrap(await api.GET('/evidence/{sha256}/meta', { params: { path: { sha256: sha256 ?? '' } } })),
    enabled: sha256 !== null && name === undefined,
    staleTime: Infinity,
  });
  if (sha256 === null) {
    return url ? (
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>
    ) : null;
  }
  const shown = name ?? meta.data?.name ?? t('fileShort', { hash: sha256.slice(0, 12) });
  return (
    <a
      href={`/evidence/${sha256}`}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('openEvidence', { name: shown })}
    >
      <FilePdfOutlined aria-hidden /> {shown}
    </a>
  );
}

interface EvidenceEditorProps {
  code: string;
  unit: string;
  idPrefix: string;
  items: EvidenceDraft[];
  onChange(items: EvidenceDraft[]): void;
  /** Messages by `evidence.<i>.<field>` (client checks and server refusals). */
  errors: ReadonlyMap<string, string>;
}

/**
 * Evidence of one submission: drop several files at once (each uploaded to POST /evidence with its own
 * progress bar), then give each its document number, date and signer as the submission requires.
 */
export function EvidenceEditor({ code, unit, idPrefix, items, onChange, errors }: EvidenceEditorProps) {
  const { t } = useTranslation('quarter');
  const [uploads, setUploads] = useState<UploadFile[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const update = (index: number, patch: Partial<EvidenceDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <div>
      <Upload.Dragger
        name="file"
        multiple
        accept={ACCEPT}
        action={`/evidence?unit=${encodeURIComponent(unit)}`}
        headers={sessionHeaders()}
        withCredentials
        fileList={uploads}
        aria-label={t('uploadLabel', { code })}
        showUploadList={{ showRemoveIcon: false }}
        onChange={(info) => {
          const file = info.file;
          if (file.status === 'done') {
            const stored = file.response as Schemas['EvidenceFileResponse'];
            setUploads((list) => list.filter((f) => f.uid !== file.uid));
            onChange([
              ...items,
              {
                key: `${stored.sha256}-${file.uid}`,
                sha256: stored.sha256,
                url: null,
                name: stored.name,
                size: stored.size,
                documentNumber: '',
                documentDate: '',
                signer: '',
              },
            ]);
            return;
          }
          if (file.status === 'error') {
            const status = (file.error as { status?: number } | undefined)?.status;
            if (status === 401) reportUnauthenticated();
            const body = file.response as { detail?: string } | undefined;
            const message = localizedMessage(body?.detail ?? file.error?.message ?? '', currentLanguage());
            setFailures((list) => [...list, t('uploadFailed', { name: file.name, message })]);
            setUploads((list) => list.filter((f) => f.uid !== file.uid));
            return;
          }
          // Each file's progress bar is named (axe: a progressbar needs an accessible name), also while it fades out.
          setUploads(
            info.fileList
              .filter((f) => f.status === 'uploading' || f.status === undefined)
              .map((f) => ({ ...f, 'aria-label': t('uploadProgress', { name: f.name }) })),
          );
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('dropHint')}</p>
        <p className="ant-upload-hint">{t('dropTypes')}</p>
      </Upload.Dragger>
      {failures.length > 0 ? (
        <Alert
          type="error"
          showIcon
          closable={{ 'aria-label': t('cancel'), onClose: () => setFailures([]) }}
          style={{ marginTop: 8 }}
          title={failures.map((failure) => (
            <div key={failure}>{failure}</div>
          ))}
        />
      ) : null}
      {items.length === 0 ? null : (
        <ol className="quarter-evidence-list">
          {items.map((item, index) => {
            const field = (name: string) => errors.get(`evidence.${index}.${name}`);
            const id = (name: string) => `${idPrefix}-evidence-${index}-${name}`;
            const whole = errors.get(`evidence.${index}`) ?? field('sha256') ?? field('url');
            return (
              <li key={item.key} className="quarter-evidence-item">
                <div className="quarter-evidence-file">
                  <EvidenceLink sha256={item.sha256} name={item.name} url={item.url} />
                  {item.size === undefined ? null : <span> · {formatBytes(item.size)}</span>}
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('removeEvidence', { name: item.name ?? item.documentNumber ?? index + 1 })}
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  />
                </div>
                {whole ? <Alert type="error" showIcon title={whole} style={{ marginBottom: 8 }} /> : null}
                <div className="quarter-evidence-fields">
                  <Form.Item
                    label={t('documentNumber')}
                    htmlFor={id('documentNumber')}
                    validateStatus={field('documentNumber') ? 'error' : undefined}
                    help={field('documentNumber')}
                    required
                  >
                    <Input
                      id={id('documentNumber')}
                      name={`evidence.${index}.documentNumber`}
                      value={item.documentNumber}
                      maxLength={100}
                      onChange={(event) => update(index, { documentNumber: event.target.value })}
                    />
                  </Form.Item>
                  <Form.Item
                    label={t('documentDate')}
                    htmlFor={id('documentDate')}
                    validateStatus={field('documentDate') ? 'error' : undefined}
                    help={field('documentDate')}
                    required
                  >
                    <DatePicker
                      id={id('documentDate')}
                      name={`evidence.${index}.documentDate`}
                      format={DATE_FORMAT}
                      placeholder={t('datePlaceholder')}
                      value={item.documentDate ? dayjs(item.documentDate, 'YYYY-MM-DD') : null}
                      onChange={(value) => update(index, { documentDate: value ? value.format('YYYY-MM-DD') : '' })}
                    />
                  </Form.Item>
                  <Form.Item
                    label={t('signer')}
                    htmlFor={id('signer')}
                    validateStatus={field('signer') ? 'error' : undefined}
                    help={field('signer')}
                    required
                  >
                    <Input
                      id={id('signer')}
                      name={`evidence.${index}.signer`}
                      value={item.signer}
                      maxLength={200}
                      onChange={(event) => update(index, { signer: event.target.value })}
                    />
                  </Form.Item>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
