import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Select, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiProblem, localizedMessage } from '../api/problem';
import { formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { PLAN_ID, refreshPlan, type ItemKind } from './plan-queries';

export interface ReportTarget {
  kind: ItemKind;
  code: string;
  /** Shown under the title: what the row is. */
  label: string;
  /** A task that counts its documents ("ít nhất 3 văn bản 1 năm"). */
  recurring?: boolean;
}

interface Values {
  period: string;
  numerator?: string;
  denominator?: string;
  status?: 'not_started' | 'drafting' | 'issued';
  documentNumber?: string;
  issuedOn?: string;
  issuedCount?: number;
  phase?: 'preparation' | 'in_progress' | 'completed' | 'stopped';
  physicalPercent?: string;
  provincial?: string;
  other?: string;
}

const PATHS = {
  target: '/plans/{plan}/targets/{code}/reports',
  task: '/plans/{plan}/tasks/{code}/reports',
  project: '/plans/{plan}/projects/{code}/reports',
} as const;

/** The form field a server's field path names ("progress.disbursed.other" → "other"). */
function formField(path: string): keyof Values | null {
  if (path === 'period') return 'period';
  const last = path.split('.').pop() ?? '';
  const known: Array<keyof Values> = [
    'numerator',
    'denominator',
    'status',
    'documentNumber',
    'issuedOn',
    'issuedCount',
    'phase',
    'physicalPercent',
    'provincial',
    'other',
  ];
  return (known as string[]).includes(last) ? (last as keyof Values) : null;
}

function progressOf(kind: ItemKind, v: Values): Record<string, unknown> {
  if (kind === 'target') return { numerator: v.numerator?.trim(), denominator: v.denominator?.trim() };
  if (kind === 'task')
    return {
      status: v.status,
      ...(v.documentNumber?.trim() ? { documentNumber: v.documentNumber.trim() } : {}),
      ...(v.issuedOn?.trim() ? { issuedOn: v.issuedOn.trim() } : {}),
      ...(v.issuedCount === undefined || v.issuedCount === null ? {} : { issuedCount: v.issuedCount }),
    };
  return {
    phase: v.phase,
    physicalPercent: v.physicalPercent?.trim(),
    disbursed: { provincial: v.provincial?.trim() || '0', other: v.other?.trim() || '0' },
  };
}

/**
 * A lead agency's progress report on one row, for one quarter: the fields the API's report takes by kind.
 * The API's refusals show at the fields their `errors[]` name (400 for unreadable input, 422 for figures the domain
 * refuses, e.g. `progress.numerator` above its denominator), or above the form when they name none (409 a report
 * already pending…).
 */
export function ReportForm({
  item,
  periods,
  defaultPeriod,
  onClose,
}: {
  item: ReportTarget;
  periods: string[];
  defaultPeriod: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('plan');
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const status = Form.useWatch('status', form);
  const kindLabel = t(`kind.${item.kind}`);

  const send = useMutation({
    mutationFn: async (values: Values) => {
      const result = await api.POST(PATHS[item.kind], {
        params: { path: { plan: PLAN_ID, code: item.code } },
        body: { period: values.period, progress: progressOf(item.kind, values) },
      });
      if (!result.response.ok) {
        throw new ApiProblem({ ...((result.error ?? {}) as object), status: result.response.status });
      }
      return result.data;
    },
    onSuccess: async () => {
      void message.success(t('reportSent'));
      await refreshPlan(queryClient);
      onClose();
    },
    onError: (error) => {
      const language = currentLanguage();
      if (!(error instanceof ApiProblem)) {
        setFormError(error instanceof Error ? error.message : String(error));
        return;
      }
      const unplaced: string[] = [];
      const fields: Array<{ name: keyof Values; errors: string[] }> = [];
      for (const [path, errors] of error.fieldErrors()) {
        const name = formField(path);
        const texts = errors.map((e) => localizedMessage(e.message, language));
        if (name === null) unplaced.push(...texts);
        else fields.push({ name, errors: texts });
      }
      form.setFields(fields);
      setFormError(
        fields.length > 0 && unplaced.length === 0
          ? null
          : [localizedMessage(error.problem.detail ?? error.message, language), ...unplaced].filter(Boolean).join(' '),
      );
    },
  });

  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];

  return (
    <Modal
      open
      title={t('reportTitle', { kind: kindLabel, code: item.code })}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <p className="plan-report-label">{item.label}</p>
      {formError ? <Alert type="error" role="alert" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        name="plan-report"
        layout="vertical"
        initialValues={{
          period: defaultPeriod,
          status: item.kind === 'task' ? 'drafting' : undefined,
          phase: item.kind === 'project' ? 'in_progress' : undefined,
        }}
        onFinish={(values) => {
          setFormError(null);
          send.mutate(values);
        }}
        onValuesChange={() => setFormError(null)}
      >
        <Form.Item name="period" label={t('form.period')} rules={required(t('form.period'))}>
          <Select options={periods.map((p) => ({ value: p, label: formatQuarter(p) }))} />
        </Form.Item>
        {item.kind === 'target' ? (
          <>
            <Form.Item name="numerator" label={t('form.numerator')} rules={required(t('form.numerator'))}>
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
            <Form.Item name="denominator" label={t('form.denominator')} rules={required(t('form.denominator'))}>
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </>
        ) : null}
        {item.kind === 'task' ? (
          <>
            <Form.Item name="status" label={t('form.status')} rules={required(t('form.status'))}>
              <Select
                options={(['not_started', 'drafting', 'issued'] as const).map((s) => ({
                  value: s,
                  label: t(`taskStatus.${s}`),
                }))}
              />
            </Form.Item>
            {item.recurring ? (
              <Form.Item name="issuedCount" label={t('form.issuedCount')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ) : status === 'issued' ? (
              <>
                <Form.Item name="documentNumber" label={t('form.documentNumber')}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item name="issuedOn" label={t('form.issuedOn')}>
                  <Input type="date" />
                </Form.Item>
              </>
            ) : null}
          </>
        ) : null}
        {item.kind === 'project' ? (
          <>
            <Form.Item name="phase" label={t('form.phase')} rules={required(t('form.phase'))}>
              <Select
                options={(['preparation', 'in_progress', 'completed', 'stopped'] as const).map((p) => ({
                  value: p,
                  label: t(`phase.${p}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="physicalPercent"
              label={t('form.physicalPercent')}
              rules={required(t('form.physicalPercent'))}
            >
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
            <Form.Item name="provincial" label={t('form.provincial')}>
              <Input inputMode="numeric" autoComplete="off" />
            </Form.Item>
            <Form.Item name="other" label={t('form.other')}>
              <Input inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
