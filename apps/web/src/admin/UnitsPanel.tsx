import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { formatDate, formatQuarter } from '../common/format';
import { currentLanguage } from '../i18n';
import { ADMIN_NS } from './admin.strings';
import { retroactiveQuartersOf, showRefusal } from './refusals';

type Unit = Schemas['UnitView'];
type Action = 'register' | 'rename' | 'merge' | 'dissolve';

interface UnitFormValues {
  code?: string;
  name?: string;
  nameEn?: string;
  block?: Unit['block'];
  into?: string;
  effectiveOn?: Dayjs;
  legalBasis?: string;
  retroactiveReason?: string;
}

const FIELDS: Record<Action, string[]> = {
  register: ['code', 'name', 'nameEn', 'block', 'effectiveOn', 'legalBasis', 'retroactiveReason'],
  rename: ['name', 'nameEn', 'effectiveOn', 'legalBasis', 'retroactiveReason'],
  merge: ['into', 'effectiveOn', 'legalBasis', 'retroactiveReason'],
  dissolve: ['effectiveOn', 'legalBasis', 'retroactiveReason'],
};

async function send(action: Action, unit: Unit | null, values: UnitFormValues): Promise<Unit> {
  const effectiveOn = values.effectiveOn ? values.effectiveOn.format('YYYY-MM-DD') : '';
  const legalBasis = values.legalBasis?.trim() ?? '';
  // Sent only once the form offers it: the API asks for it when the change reaches a finalized quarter.
  const retroactiveReason =
    values.retroactiveReason === undefined ? {} : { retroactiveReason: values.retroactiveReason };
  const code = unit?.code ?? '';
  switch (action) {
    case 'register':
      return unwrap(
        await api.POST('/units', {
          body: {
            code: values.code?.trim() ?? '',
            name: values.name?.trim() ?? '',
            nameEn: values.nameEn?.trim() || null,
            block: values.block ?? 'department',
            effectiveOn,
            legalBasis,
            ...retroactiveReason,
          },
        }),
      );
    case 'rename':
      return unwrap(
        await api.POST('/units/{code}/rename', {
          params: { path: { code } },
          body: {
            name: values.name?.trim() ?? '',
            nameEn: values.nameEn?.trim() || null,
            effectiveOn,
            legalBasis,
            ...retroactiveReason,
          },
        }),
      );
    case 'merge':
      return unwrap(
        await api.POST('/units/{code}/merge', {
          params: { path: { code } },
          body: { into: values.into ?? '', effectiveOn, legalBasis, ...retroactiveReason },
        }),
      );
    case 'dissolve':
      return unwrap(
        await api.POST('/units/{code}/dissolve', {
          params: { path: { code } },
          body: { effectiveOn, legalBasis, ...retroactiveReason },
        }),
      );
  }
}

function UnitCommand({
  action,
  unit,
  units,
  onClose,
}: {
  action: Action | null;
  unit: Unit | null;
  units: Unit[];
  onClose(): void;
}) {
  const { t } = useTranslation(ADMIN_NS);
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitFormValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The finalized quarters the API named when it asked for a reason; null while it has not.
  const [retroactive, setRetroactive] = useState<string[] | null>(null);
  const command = useMutation({
    mutationFn: (values: UnitFormValues) => send(action ?? 'register', unit, values),
  });
  const required = [{ required: true, message: t('required') }];
  const language = currentLanguage();
  const title =
    action === 'register'
      ? t('registerUnit')
      : action === 'rename'
        ? t('renameOf', { code: unit?.code })
        : action === 'merge'
          ? t('mergeOf', { code: unit?.code })
          : t('dissolveOf', { code: unit?.code });
  const close = () => {
    setRefusal(null);
    setRetroactive(null);
    onClose();
  };
  return (
    <Modal
      open={action !== null}
      title={title}
      okText={action === 'register' ? t('registerUnit') : t('save')}
      okButtonProps={{ danger: action === 'merge' || action === 'dissolve' }}
      cancelText={t('cancel')}
      confirmLoading={command.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {action ? (
        <Form
          form={form}
          layout="vertical"
          name={`unit-${action}`}
          initialValues={
            action === 'rename' ? { name: unit?.name, nameEn: unit?.nameEn ?? '' } : { block: 'department' }
          }
          onFinish={(values) => {
            setRefusal(null);
            command.mutate(values, {
              onSuccess: () => {
                void queryClient.invalidateQueries({ queryKey: ['admin', 'units'] });
                void message.success(t('saved'));
                close();
              },
              onError: (error) => {
                const quarters = retroactiveQuartersOf(error);
                if (quarters !== null) setRetroactive(quarters);
                setRefusal(showRefusal(form, error, FIELDS[action]));
              },
            });
          }}
        >
          {action === 'register' ? (
            <>
              <Form.Item name="code" label={t('code')} extra={t('codeHint')} rules={required}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="block" label={t('block')} rules={required}>
                <Select
                  options={(['department', 'district'] as const).map((value) => ({
                    value,
                    label: t(`blocks.${value}`),
                  }))}
                />
              </Form.Item>
            </>
          ) : null}
          {action === 'register' || action === 'rename' ? (
            <>
              <Form.Item name="name" label={t('name')} rules={required}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="nameEn" label={t('nameEn')}>
                <Input autoComplete="off" />
              </Form.Item>
            </>
          ) : null}
          {action === 'merge' ? (
            <Form.Item name="into" label={t('into')} rules={required}>
              <Select
                showSearch
                optionFilterProp="label"
                options={units
                  .filter(
                    (other) => other.code !== unit?.code && other.block === unit?.block && other.status === 'active',
                  )
                  .map((other) => ({
                    value: other.code,
                    label: `${other.code} — ${language === 'en' && other.nameEn ? other.nameEn : other.name}`,
                  }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="effectiveOn" label={t('effectiveOn')} rules={required}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="legalBasis" label={t('legalBasis')} rules={required}>
            <Input.TextArea rows={2} placeholder={t('legalBasisPlaceholder')} />
          </Form.Item>
          {retroactive !== null ? (
            <Form.Item
              name="retroactiveReason"
              label={t('retroactiveReason')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
              extra={
                <>
                  <div>{t('retroactiveReasonHint')}</div>
                  {retroactive.length > 0 ? (
                    <div>
                      {t('retroactiveQuarters', {
                        quarters: retroactive.map((quarter) => formatQuarter(quarter)).join(', '),
                      })}
                    </div>
                  ) : null}
                </>
              }
            >
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          ) : null}
          {refusal ? <Alert type="error" showIcon message={t('refused')} description={refusal} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}

/** A unit's history (registered, renamed, merged, dissolved), oldest first, each with its legal basis. */
export function UnitHistory({ unit }: { unit: Unit }) {
  const { t } = useTranslation(ADMIN_NS);
  return (
    <section aria-label={t('historyOf', { code: unit.code })}>
      <Timeline
        items={unit.history.map((entry, index) => ({
          key: `${entry.change}-${index}`,
          color: entry.retroactive
            ? 'orange'
            : entry.change === 'registered'
              ? 'green'
              : entry.change === 'renamed'
                ? 'blue'
                : 'red',
          children: (
            <>
              <strong>{t(`change.${entry.change}`, { name: entry.name ?? '', into: entry.into ?? '' })}</strong>
              <div>{t('effective', { date: formatDate(entry.effectiveOn) })}</div>
              <div className="admin-muted">
                {t('legalBasis')}: {entry.legalBasis}
              </div>
              {entry.retroactive ? (
                <div className="admin-retroactive">
                  <Tag className="admin-tag-retroactive">{t('retroactive')}</Tag>
                  <div>
                    {t('retroactiveReason')}: {entry.retroactive.reason}
                  </div>
                  <div>
                    {t('retroactiveQuarters', {
                      quarters: entry.retroactive.finalizedQuarters.map((quarter) => formatQuarter(quarter)).join(', '),
                    })}
                  </div>
                </div>
              ) : null}
            </>
          ),
        }))}
      />
    </section>
  );
}

/** Units: the register with each unit's history; register, rename, merge, dissolve with dates and legal basis. */
export function UnitsPanel({ units }: { units: Unit[] }) {
  const { t } = useTranslation(ADMIN_NS);
  const language = currentLanguage();
  const [command, setCommand] = useState<{ action: Action; unit: Unit | null } | null>(null);
  return (
    <>
      <Space wrap className="admin-toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setCommand({ action: 'register', unit: null })}
        >
          {t('registerUnit')}
        </Button>
      </Space>
      <Table<Unit>
        aria-label={t('unitsTable')}
        rowKey="code"
        size="middle"
        dataSource={units}
        pagination={false}
        expandable={{
          expandedRowRender: (unit) => <UnitHistory unit={unit} />,
          expandRowByClick: false,
        }}
        columns={[
          { title: t('code'), dataIndex: 'code', render: (value: string) => <strong>{value}</strong> },
          {
            title: t('name'),
            dataIndex: 'name',
            render: (_: string, unit) => (language === 'en' && unit.nameEn ? unit.nameEn : unit.name),
          },
          { title: t('block'), dataIndex: 'block', render: (value: Unit['block']) => t(`blocks.${value}`) },
          {
            title: t('validity'),
            key: 'validity',
            render: (_, unit) =>
              unit.validity.to
                ? t('validFromTo', { from: formatDate(unit.validity.from), to: formatDate(unit.validity.to) })
                : t('validFrom', { from: formatDate(unit.validity.from) }),
          },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (value: Unit['status']) => (
              <Tag className={value === 'active' ? 'admin-tag-active' : undefined}>{t(`unitStatus.${value}`)}</Tag>
            ),
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, unit) =>
              unit.status === 'active' ? (
                <Space wrap size={4}>
                  {(['rename', 'merge', 'dissolve'] as const).map((action) => (
                    <Button
                      key={action}
                      size="small"
                      aria-label={`${t(action)} ${unit.code}`}
                      onClick={() => setCommand({ action, unit })}
                    >
                      {t(action)}
                    </Button>
                  ))}
                </Space>
              ) : null,
          },
        ]}
      />
      <UnitCommand
        action={command?.action ?? null}
        unit={command?.unit ?? null}
        units={units}
        onClose={() => setCommand(null)}
      />
    </>
  );
}
