import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Collapse,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Radio,
  Space,
  Typography,
} from 'antd';
import type { Catalogue, CatalogueNode, InputSpec, Rule } from '@dti/catalogue';
import { scoreCriterion, ScoringError, type CriterionScore } from '@dti/scoring';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ApiProblem, localizedMessage, unwrap } from '../api/problem';
import { formatDateTime, formatDecimal, formatPoints } from '../common/format';
import { currentLanguage, type Language } from '../i18n';
import { OlderHistoryButton, useCriterionHistory } from './CriterionHistory';
import { draftsFromEvidence, EvidenceEditor, EvidenceLink, type EvidenceDraft } from './EvidenceEditor';
import {
  criterionStatus,
  fieldProblems,
  inputsFromTyped,
  typedFromInputs,
  type FieldProblem,
  type TypedValue,
} from './quarter-model';

type CriterionView = Schemas['CriterionViewResponse'];
type Submission = Schemas['AssessmentSubmissionResponse'];

export interface CriterionPanelProps {
  criterion: CriterionView;
  node: CatalogueNode;
  catalogue: Catalogue;
  unit: string;
  period: string;
  /** A submitter of this unit, the report open and the unit active in the period. */
  canSubmit: boolean;
  username: string;
}

const label = (spec: { label: string; labelEn?: string }, language: Language) =>
  language === 'en' ? (spec.labelEn ?? spec.label) : spec.label;

const fieldId = (code: string, name: string) => `q-${code.replace(/\./g, '-')}-${name}`;

/**
 * Points and explanation, with the points as the explanation's last words where it ends with them (it
 * usually does): the figure is written once on the page, so "3,20 điểm" names one element.
 */
export function ScoreText({ points, explanation }: { points: string; explanation: string }) {
  const shown = formatPoints(points);
  const prefix = explanation.endsWith(shown) ? explanation.slice(0, -shown.length) : null;
  if (prefix !== null) {
    return (
      <span>
        {prefix}
        <strong className="quarter-points">{shown}</strong>
      </span>
    );
  }
  return (
    <span>
      <strong className="quarter-points">{shown}</strong> — {explanation}
    </span>
  );
}

function FiguresList({ node, inputs }: { node: CatalogueNode; inputs: Submission['inputs'] }) {
  const { t } = useTranslation('quarter');
  const language = currentLanguage();
  if (!inputs) return null;
  const rule = node.rule as Rule | undefined;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={(node.inputs ?? []).map((spec) => {
        const value = inputs[spec.name];
        let shown: string;
        if (value === undefined) shown = '—';
        else if (typeof value === 'boolean') shown = value ? t('yes') : t('no');
        else if (spec.type === 'option' && rule?.kind === 'tiered')
          shown = `${value}. ${label(rule.options[Number(value) - 1] ?? { label: String(value) }, language)}`;
        else shown = formatDecimal(String(value));
        return { key: spec.name, label: `${spec.name}: ${label(spec, language)}`, children: shown };
      })}
    />
  );
}

function EvidenceList({ evidence }: { evidence: readonly Schemas['EvidenceResponse'][] }) {
  const { t } = useTranslation('quarter');
  if (evidence.length === 0) return null;
  return (
    <ul className="quarter-evidence-read">
      {evidence.map((item, index) => (
        <li key={`${item.sha256 ?? item.url}-${index}`}>
          <EvidenceLink sha256={item.sha256} url={item.url} /> · {t('documentNumber')}: {item.documentNumber} ·{' '}
          {t('documentDate')}: {formatDateTimeDate(item.documentDate)} · {t('signer')}: {item.signer}
        </li>
      ))}
    </ul>
  );
}

function formatDateTimeDate(date: string): string {
  const [y, m, d] = date.split('-');
  return d && m && y ? `${d}/${m}/${y}` : date;
}

/** One input's control: the input's type decides it (counts and quantities typed, yes/no, options). */
function InputControl({
  spec,
  rule,
  code,
  value,
  disabled,
  onChange,
}: {
  spec: InputSpec;
  rule: Rule | undefined;
  code: string;
  value: TypedValue;
  disabled: boolean;
  onChange(value: TypedValue): void;
}) {
  const { t } = useTranslation('quarter');
  const language = currentLanguage();
  const id = fieldId(code, spec.name);
  if (spec.type === 'boolean') {
    return (
      <Radio.Group
        id={id}
        name={spec.name}
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.value as boolean)}
        options={[
          { value: true, label: t('yes') },
          { value: false, label: t('no') },
        ]}
      />
    );
  }
  if (spec.type === 'option') {
    const options = rule?.kind === 'tiered' ? rule.options : [];
    return (
      <Radio.Group
        id={id}
        name={spec.name}
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.value as number)}
        className="quarter-options"
      >
        <Space orientation="vertical">
          {options.map((option, index) => (
            <Radio key={index + 1} value={index + 1}>
              {label(option, language)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    );
  }
  return (
    <Input
      id={id}
      name={spec.name}
      disabled={disabled}
      inputMode={spec.type === 'count' ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
      onChange={(event) => onChange(event.target.value)}
      style={{ maxWidth: 240 }}
    />
  );
}

type Preview =
  { kind: 'score'; score: CriterionScore } | { kind: 'incomplete' } | { kind: 'error'; error: ScoringError };

function preview(catalogue: Catalogue, code: string, inputs: Record<string, unknown>): Preview {
  try {
    return { kind: 'score', score: scoreCriterion(catalogue, code, inputs) };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    // An empty field is not a mistake yet: say what is missing only when it is sent.
    if (error.code === 'MISSING_INPUT') return { kind: 'incomplete' };
    return { kind: 'error', error };
  }
}

/**
 * What a criterion shows when expanded: the rejection's reason, the official and pending values with
 * their evidence, and (for the unit's submitter) the form: figures with a live preview by the server's own
 * scoring engine, evidence files, correction, withdrawal, not applicable. A refusal is shown at its field
 * and the form keeps everything typed.
 */
export function CriterionPanel({ criterion, node, catalogue, unit, period, canSubmit, username }: CriterionPanelProps) {
  const { t } = useTranslation('quarter');
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const specs = useMemo(() => node.inputs ?? [], [node]);
  const rule = node.rule as Rule | undefined;
  const { key: statusKey, latest } = criterionStatus(criterion);
  const official = criterion.official;
  const pending = criterion.pending;
  const idPrefix = fieldId(criterion.code, '');

  // The form starts from what was last sent (pending, or the rejected/withdrawn one), else the official value.
  const seed = pending ?? (latest && latest.status !== 'approved' ? latest : null);
  const [typed, setTyped] = useState<Record<string, TypedValue>>(() =>
    typedFromInputs(specs, seed?.kind === 'figures' ? seed.inputs : (official?.inputs ?? null)),
  );
  const [evidence, setEvidence] = useState<EvidenceDraft[]>(() =>
    draftsFromEvidence(seed?.kind === 'figures' ? seed.evidence : []),
  );
  const [correcting, setCorrecting] = useState(official !== null && statusKey === 'rejected');
  const [correctionReason, setCorrectionReason] = useState(seed?.correctionReason ?? '');
  const [declaring, setDeclaring] = useState(false);
  const [notApplicableReason, setNotApplicableReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [declareProblems, setDeclareProblems] = useState<FieldProblem[]>([]);

  const inputs = useMemo(() => inputsFromTyped(specs, typed), [specs, typed]);
  const live = useMemo(() => preview(catalogue, criterion.code, inputs), [catalogue, criterion.code, inputs]);

  const byField = (list: FieldProblem[]) => {
    const map = new Map<string, string>();
    for (const problem of list) {
      const text = localizedMessage(problem.message, language);
      map.set(problem.field, map.has(problem.field) ? `${map.get(problem.field)} ${text}` : text);
    }
    return map;
  };
  const errors = byField(problems);
  const declareErrors = byField(declareProblems);
  // The engine's verdict on the figures, at the input it names (unless the server said something there).
  if (live.kind === 'error' && live.error.input !== undefined && !errors.has(`inputs.${live.error.input}`)) {
    errors.set(`inputs.${live.error.input}`, language === 'en' ? live.error.messageEn : live.error.messageVi);
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['assessment', unit, period] });
  const asProblems = (error: unknown): FieldProblem[] =>
    error instanceof ApiProblem
      ? fieldProblems(error.problem as Parameters<typeof fieldProblems>[0])
      : [{ field: '', message: error instanceof Error ? error.message : String(error) }];

  const evidencePayload = () =>
    evidence.map((item) => ({
      documentNumber: item.documentNumber.trim(),
      documentDate: item.documentDate,
      signer: item.signer.trim(),
      ...(item.sha256 ? { sha256: item.sha256 } : {}),
      ...(item.url ? { url: item.url } : {}),
    }));

  const evidenceChecks = (): FieldProblem[] =>
    evidence.flatMap((item, index) => {
      const missing: FieldProblem[] = [];
      const need = (field: 'documentNumber' | 'documentDate' | 'signer', value: string) => {
        if (value.trim() === '')
          missing.push({
            field: `evidence.${index}.${field}`,
            message: t('required', { field: t(field).toLowerCase() }),
          });
      };
      need('documentNumber', item.documentNumber);
      need('documentDate', item.documentDate);
      need('signer', item.signer);
      return missing;
    });

  const submit = useMutation({
    mutationFn: async () => {
      const body: Schemas['SubmitFiguresDto'] = {
        inputs,
        evidence: evidencePayload(),
        ...(official ? { corrects: official.submissionId, reason: correctionReason.trim() } : {}),
      };
      return unwrap(
        await api.POST('/assessments/{unit}/{period}/criteria/{criterion}/submissions', {
          params: { path: { unit, period, criterion: criterion.code } },
          body,
        }),
      );
    },
    onSuccess: async () => {
      setProblems([]);
      setCorrecting(false);
      void message.success(t('submitted', { code: criterion.code }));
      await refresh();
    },
    onError: (error) => setProblems(asProblems(error)),
  });

  const withdraw = useMutation({
    mutationFn: async (submissionId: string) =>
      unwrap(
        await api.POST('/assessments/{unit}/{period}/submissions/{submissionId}/withdraw', {
          params: { path: { unit, period, submissionId } },
        }),
      ),
    onSuccess: async () => {
      setProblems([]);
      void message.success(t('withdrawn', { code: criterion.code }));
      await refresh();
    },
    onError: (error) => setProblems(asProblems(error)),
  });

  const declare = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/assessments/{unit}/{period}/criteria/{criterion}/not-applicable', {
          params: { path: { unit, period, criterion: criterion.code } },
          body: {
            reason: notApplicableReason.trim(),
            ...(official ? { corrects: official.submissionId } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setDeclareProblems([]);
      setDeclaring(false);
      setNotApplicableReason('');
      void message.success(t('notApplicableSent', { code: criterion.code }));
      await refresh();
    },
    onError: (error) => setDeclareProblems(asProblems(error)),
  });

  const onSubmit = () => {
    const local: FieldProblem[] = [...evidenceChecks()];
    if (official && correctionReason.trim() === '')
      local.push({ field: 'reason', message: t('required', { field: t('correctionReason').toLowerCase() }) });
    if (live.kind === 'incomplete') {
      for (const spec of specs)
        if (inputs[spec.name] === undefined)
          local.push({ field: `inputs.${spec.name}`, message: t('required', { field: label(spec, language) }) });
    }
    if (local.length > 0) {
      setProblems(local);
      return;
    }
    submit.mutate();
  };

  const formError = errors.get('') ?? errors.get('inputs') ?? errors.get('evidence');
  const formVisible = canSubmit && (official === null || correcting);
  const resubmit = criterion.submissionsTotal > 0;
  const title = language === 'en' ? (node.titleEn ?? node.title) : node.title;
  const history = useCriterionHistory(unit, period, criterion);
  const historyList = useRef<HTMLOListElement>(null);

  return (
    <div className="quarter-criterion-body">
      {statusKey === 'rejected' && latest?.review ? (
        <Alert
          type="error"
          showIcon
          className="quarter-rejection"
          title={t('rejectedBy', { reviewer: latest.review.reviewer, at: formatDateTime(latest.review.reviewedAt) })}
          description={
            <>
              <span className="quarter-visually-hidden">{t('rejectionReason')}: </span>
              <span>{latest.review.reason}</span>
            </>
          }
        />
      ) : null}

      {official ? (
        <section className="quarter-block" aria-label={t('official')}>
          <Typography.Text strong>
            {official.notApplicable
              ? t('officialNotApplicable', { by: official.approvedBy, at: formatDateTime(official.approvedAt) })
              : t('officialFigures', { by: official.approvedBy, at: formatDateTime(official.approvedAt) })}
          </Typography.Text>
          {official.notApplicable ? (
            <p>
              {t('reasonLabel')}: {official.notApplicableReason}
            </p>
          ) : (
            <FiguresList node={node} inputs={official.inputs} />
          )}
          <EvidenceList evidence={official.evidence} />
          {canSubmit && !correcting ? (
            <Button style={{ marginTop: 8 }} onClick={() => setCorrecting(true)}>
              {t('correct')}
            </Button>
          ) : null}
        </section>
      ) : null}

      {pending ? (
        <section className="quarter-block" aria-label={t('status.pending')}>
          <Typography.Text strong>
            {pending.kind === 'not_applicable'
              ? t('pendingNotApplicable', { by: pending.submittedBy, at: formatDateTime(pending.submittedAt) })
              : t('pendingFigures', { by: pending.submittedBy, at: formatDateTime(pending.submittedAt) })}
          </Typography.Text>
          {pending.kind === 'not_applicable' ? (
            <p>
              {t('reasonLabel')}: {pending.notApplicableReason}
            </p>
          ) : (
            <FiguresList node={node} inputs={pending.inputs} />
          )}
          {pending.correctionReason ? <p>{t('pendingCorrection', { reason: pending.correctionReason })}</p> : null}
          <EvidenceList evidence={pending.evidence} />
          {canSubmit && pending.submittedBy === username ? (
            <Popconfirm
              title={t('withdrawConfirm', { code: criterion.code })}
              okText={t('withdraw')}
              cancelText={t('cancel')}
              onConfirm={() => withdraw.mutate(pending.submissionId)}
            >
              <Button danger style={{ marginTop: 8 }} loading={withdraw.isPending}>
                {t('withdraw')}
              </Button>
            </Popconfirm>
          ) : null}
        </section>
      ) : null}

      {node.scoringText ? (
        <details className="quarter-scoring-text">
          <summary>{t('howScored')}</summary>
          <pre>{node.scoringText}</pre>
        </details>
      ) : null}

      {formVisible ? (
        <form
          aria-label={`${criterion.code} ${title}`}
          className="quarter-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <Form layout="vertical" component={false}>
            {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
            <fieldset className="quarter-fieldset">
              <legend>{t('figures')}</legend>
              {specs.map((spec) => {
                const error = errors.get(`inputs.${spec.name}`);
                const id = fieldId(criterion.code, spec.name);
                const grouped = spec.type === 'boolean' || spec.type === 'option';
                return (
                  <Form.Item
                    key={spec.name}
                    label={
                      grouped ? (
                        <span id={`${id}-label`}>{`${spec.name}. ${label(spec, language)}`}</span>
                      ) : (
                        `${spec.name}. ${label(spec, language)}`
                      )
                    }
                    htmlFor={grouped ? undefined : id}
                    validateStatus={error ? 'error' : undefined}
                    help={error}
                  >
                    <div
                      role={grouped ? 'radiogroup' : undefined}
                      aria-labelledby={grouped ? `${id}-label` : undefined}
                    >
                      <InputControl
                        spec={spec}
                        rule={rule}
                        code={criterion.code}
                        value={typed[spec.name]}
                        disabled={submit.isPending}
                        onChange={(value) => setTyped((current) => ({ ...current, [spec.name]: value }))}
                      />
                    </div>
                  </Form.Item>
                );
              })}
            </fieldset>

            <div className="quarter-preview" role="status" aria-live="polite" aria-label={t('preview')}>
              <Typography.Text type="secondary">{t('preview')}: </Typography.Text>
              {live.kind === 'score' ? (
                <ScoreText points={live.score.points.toFixed(2)} explanation={live.score.explanation[language]} />
              ) : live.kind === 'incomplete' ? (
                <span>{t('previewIncomplete')}</span>
              ) : (
                <Typography.Text type="danger">
                  {language === 'en' ? live.error.messageEn : live.error.messageVi}
                </Typography.Text>
              )}
            </div>

            <fieldset className="quarter-fieldset">
              <legend>{t('evidence')}</legend>
              <EvidenceEditor
                code={criterion.code}
                unit={unit}
                idPrefix={idPrefix}
                items={evidence}
                onChange={setEvidence}
                errors={errors}
              />
            </fieldset>

            {official ? (
              <Form.Item
                label={t('correctionReason')}
                htmlFor={`${idPrefix}reason`}
                required
                validateStatus={errors.get('reason') || errors.get('corrects') ? 'error' : undefined}
                help={errors.get('reason') ?? errors.get('corrects') ?? t('correctionNote')}
              >
                <Input.TextArea
                  id={`${idPrefix}reason`}
                  name="reason"
                  rows={2}
                  maxLength={2000}
                  value={correctionReason}
                  onChange={(event) => setCorrectionReason(event.target.value)}
                />
              </Form.Item>
            ) : null}

            <Space wrap>
              <Button type="primary" htmlType="submit" loading={submit.isPending}>
                {resubmit ? t('resubmit') : t('submit')}
              </Button>
              {official ? <Button onClick={() => setCorrecting(false)}>{t('cancelCorrection')}</Button> : null}
            </Space>
          </Form>
        </form>
      ) : null}

      {canSubmit && !(official?.notApplicable ?? false) && pending?.kind !== 'not_applicable' ? (
        <div className="quarter-not-applicable" role="group" aria-label={`${criterion.code} — ${t('notApplicable')}`}>
          {declaring ? (
            <>
              {declareErrors.get('') ? <Alert type="error" showIcon title={declareErrors.get('')} /> : null}
              <Form.Item
                layout="vertical"
                label={t('notApplicableReason')}
                htmlFor={`${idPrefix}na-reason`}
                required
                validateStatus={declareErrors.get('reason') ? 'error' : undefined}
                help={declareErrors.get('reason')}
              >
                <Input.TextArea
                  id={`${idPrefix}na-reason`}
                  name="notApplicableReason"
                  rows={2}
                  maxLength={2000}
                  value={notApplicableReason}
                  onChange={(event) => setNotApplicableReason(event.target.value)}
                />
              </Form.Item>
              <Space>
                <Button
                  type="primary"
                  loading={declare.isPending}
                  onClick={() => {
                    if (notApplicableReason.trim() === '') {
                      setDeclareProblems([
                        { field: 'reason', message: t('required', { field: t('notApplicableReason').toLowerCase() }) },
                      ]);
                      return;
                    }
                    declare.mutate();
                  }}
                >
                  {t('notApplicableConfirm')}
                </Button>
                <Button onClick={() => setDeclaring(false)}>{t('cancel')}</Button>
              </Space>
            </>
          ) : (
            <Button onClick={() => setDeclaring(true)}>{t('notApplicable')}</Button>
          )}
        </div>
      ) : null}

      {criterion.historyTotal > 0 ? (
        <Collapse
          size="small"
          ghost
          className="quarter-history"
          items={[
            {
              key: 'history',
              label: `${t('history')} (${criterion.historyTotal})`,
              children: (
                <>
                  <OlderHistoryButton history={history} list={historyList} />
                  <ol
                    ref={historyList}
                    tabIndex={-1}
                    aria-label={t('historyOf', { code: criterion.code })}
                    // Numbered by place in the whole history, older entries not loaded yet included.
                    start={history.firstNumber}
                  >
                    {history.entries.map((entry, index) => (
                      <li key={`${entry.submissionId}-${entry.action}-${index}`}>
                        {formatDateTime(entry.at)} · {entry.actor} ·{' '}
                        {t(`historyAction.${entry.action}`, { defaultValue: entry.action })}
                        {entry.reason ? ` · ${t('reasonLabel')}: ${entry.reason}` : ''}
                        {entry.note ? ` · ${t('noteLabel')}: ${entry.note}` : ''}
                      </li>
                    ))}
                  </ol>
                </>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
