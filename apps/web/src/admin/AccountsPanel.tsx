import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { ErrorResult } from '../common/ErrorResult';
import { Loading } from '../common/Loading';
import { currentLanguage } from '../i18n';
import { ADMIN_NS } from './admin.strings';
import { oneTimePassword, refusalText, showRefusal } from './refusals';

type Account = Schemas['AccountView'];
type Role = Account['role'];
type Unit = Schemas['UnitView'];

const ROLES: Role[] = ['submitter', 'reviewer', 'lead_reviewer', 'inspector', 'leadership', 'admin'];

export function useAccounts() {
  return useQuery({ queryKey: ['admin', 'accounts'], queryFn: async () => unwrap(await api.GET('/accounts')) });
}

/** The password just set, shown once in a dialog and then forgotten (it lives in no cache, no URL). */
function OneTimePassword({
  handover,
  onClose,
}: {
  handover: { username: string; password: string } | null;
  onClose(): void;
}) {
  const { t } = useTranslation(ADMIN_NS);
  const { message } = AntApp.useApp();
  return (
    <Modal
      open={handover !== null}
      title={handover ? t('oneTimePasswordFor', { username: handover.username }) : ''}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('done')}
        </Button>
      }
      destroyOnHidden
    >
      {handover ? (
        <>
          <Alert type="warning" showIcon message={t('oneTimePasswordHint')} />
          <p className="admin-otp-label">{t('oneTimePassword')}</p>
          <Space>
            <code className="admin-otp" aria-label={t('oneTimePassword')} data-testid="one-time-password">
              {handover.password}
            </code>
            <Button
              icon={<CopyOutlined aria-hidden />}
              onClick={() =>
                void navigator.clipboard?.writeText(handover.password).then(() => message.success(t('copied')))
              }
            >
              {t('copy')}
            </Button>
          </Space>
        </>
      ) : null}
    </Modal>
  );
}

function unitOptions(units: Unit[]) {
  const language = currentLanguage();
  return units.map((unit) => ({
    value: unit.code,
    label: `${unit.code} — ${language === 'en' && unit.nameEn ? unit.nameEn : unit.name}`,
  }));
}

interface CreateValues {
  username: string;
  displayName?: string;
  role: Role;
  unit?: string;
}

function CreateAccount({ units, onCreated }: { units: Unit[]; onCreated(username: string, password: string): void }) {
  const { t } = useTranslation(ADMIN_NS);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CreateValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const create = useMutation({
    mutationFn: async (values: CreateValues & { password: string }) =>
      unwrap(
        await api.POST('/accounts', {
          body: {
            username: values.username.trim(),
            password: values.password,
            role: values.role,
            unit: values.role === 'submitter' ? (values.unit ?? null) : null,
            displayName: values.displayName?.trim() || undefined,
          },
        }),
      ),
  });
  const submit = async (values: CreateValues) => {
    setRefusal(null);
    const password = oneTimePassword();
    try {
      const account = await create.mutateAsync({ ...values, password });
      setOpen(false);
      form.resetFields();
      onCreated(account.username, password);
    } catch (error) {
      setRefusal(showRefusal(form, error, ['username', 'displayName', 'role', 'unit']));
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('createAccount')}
      </Button>
      <Modal
        open={open}
        title={t('createAccount')}
        okText={t('create')}
        cancelText={t('cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => {
          setOpen(false);
          setRefusal(null);
        }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="create-account"
          onFinish={(values) => void submit(values)}
          initialValues={{ role: 'submitter' }}
        >
          <Form.Item
            name="username"
            label={t('username')}
            extra={t('usernameHint')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label={t('displayName')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('required') }]}>
            <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
          </Form.Item>
          <Form.Item name="unit" label={t('unit')} extra={t('unitHint')} hidden={role !== 'submitter'}>
            <Select showSearch optionFilterProp="label" allowClear options={unitOptions(units)} />
          </Form.Item>
          {refusal ? <Alert type="error" showIcon message={t('refused')} description={refusal} /> : null}
        </Form>
      </Modal>
    </>
  );
}

function ChangeRole({ account, units, onClose }: { account: Account | null; units: Unit[]; onClose(): void }) {
  const { t } = useTranslation(ADMIN_NS);
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ role: Role; unit?: string }>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const change = useMutation({
    mutationFn: async (values: { role: Role; unit?: string }) =>
      unwrap(
        await api.POST('/accounts/{username}/role', {
          params: { path: { username: account?.username ?? '' } },
          body: { role: values.role, unit: values.role === 'submitter' ? (values.unit ?? null) : null },
        }),
      ),
  });
  return (
    <Modal
      open={account !== null}
      title={account ? t('changeRoleOf', { username: account.username }) : ''}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setRefusal(null);
        onClose();
      }}
      destroyOnHidden
    >
      {account ? (
        <Form
          form={form}
          layout="vertical"
          name="change-role"
          initialValues={{ role: account.role, unit: account.unit ?? undefined }}
          onFinish={(values) => {
            setRefusal(null);
            change.mutate(values, {
              onSuccess: () => {
                void queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] });
                void message.success(t('saved'));
                onClose();
              },
              onError: (error) => setRefusal(showRefusal(form, error, ['role', 'unit'])),
            });
          }}
        >
          <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('required') }]}>
            <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
          </Form.Item>
          <Form.Item name="unit" label={t('unit')} extra={t('unitHint')} hidden={role !== 'submitter'}>
            <Select showSearch optionFilterProp="label" allowClear options={unitOptions(units)} />
          </Form.Item>
          {refusal ? <Alert type="error" showIcon message={t('refused')} description={refusal} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}

function DisableAccount({ account, onClose }: { account: Account | null; onClose(): void }) {
  const { t } = useTranslation(ADMIN_NS);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason?: string }>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const disable = useMutation({
    mutationFn: async (values: { reason?: string }) =>
      unwrap(
        await api.POST('/accounts/{username}/disable', {
          params: { path: { username: account?.username ?? '' } },
          body: { reason: values.reason?.trim() || undefined },
        }),
      ),
  });
  return (
    <Modal
      open={account !== null}
      title={account ? t('disableOf', { username: account.username }) : ''}
      okText={t('disable')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={disable.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setRefusal(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="disable-account"
        onFinish={(values) => {
          setRefusal(null);
          disable.mutate(values, {
            onSuccess: () => {
              void queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] });
              onClose();
            },
            onError: (error) => setRefusal(showRefusal(form, error, ['reason'])),
          });
        }}
      >
        <Form.Item name="reason" label={t('reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {refusal ? <Alert type="error" showIcon message={t('refused')} description={refusal} /> : null}
      </Form>
    </Modal>
  );
}

/** Accounts: list, create (one-time password shown once), change role or unit, disable, re-enable, reset password. */
export function AccountsPanel({ units }: { units: Unit[] }) {
  const { t } = useTranslation(ADMIN_NS);
  const { message, modal } = AntApp.useApp();
  const queryClient = useQueryClient();
  const accounts = useAccounts();
  const [handover, setHandover] = useState<{ username: string; password: string } | null>(null);
  const [changing, setChanging] = useState<Account | null>(null);
  const [disabling, setDisabling] = useState<Account | null>(null);
  const [filter, setFilter] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] });

  const enable = useMutation({
    mutationFn: async (username: string) =>
      unwrap(await api.POST('/accounts/{username}/enable', { params: { path: { username } } })),
    onSuccess: (account) => {
      refresh();
      void message.success(t('enabled', { username: account.username }));
    },
    onError: (error) => void message.error(refusalText(error)),
  });
  const reset = useMutation({
    mutationFn: async ({ username, password }: { username: string; password: string }) =>
      unwrap(await api.POST('/accounts/{username}/password', { params: { path: { username } }, body: { password } })),
  });
  const askReset = (account: Account) =>
    modal.confirm({
      title: t('resetPasswordOf', { username: account.username }),
      content: t('resetPasswordHint'),
      okText: t('resetPassword'),
      cancelText: t('cancel'),
      onOk: async () => {
        const password = oneTimePassword();
        try {
          await reset.mutateAsync({ username: account.username, password });
          setHandover({ username: account.username, password });
        } catch (error) {
          void message.error(refusalText(error));
        }
      },
    });

  if (accounts.error) return <ErrorResult error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (accounts.isPending) return <Loading />;
  const needle = filter.trim().toLowerCase();
  const rows = accounts.data.filter(
    (account) =>
      needle === '' ||
      account.username.includes(needle) ||
      account.displayName.toLowerCase().includes(needle) ||
      (account.unit ?? '').toLowerCase().includes(needle),
  );

  return (
    <>
      <Space wrap className="admin-toolbar">
        <CreateAccount
          units={units}
          onCreated={(username, password) => {
            refresh();
            void message.success(t('created', { username }));
            setHandover({ username, password });
          }}
        />
        <Input.Search
          aria-label={t('search')}
          placeholder={`${t('search')}: ${t('username')}, ${t('displayName')}, ${t('unit')}`}
          allowClear
          style={{ width: 320 }}
          onChange={(event) => setFilter(event.target.value)}
        />
      </Space>
      <Table<Account>
        aria-label={t('accountsTable')}
        rowKey="username"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('username'), dataIndex: 'username', render: (value: string) => <strong>{value}</strong> },
          { title: t('displayName'), dataIndex: 'displayName' },
          { title: t('role'), dataIndex: 'role', render: (value: Role) => t(`roles.${value}`) },
          { title: t('unit'), dataIndex: 'unit', render: (value: string | null) => value ?? '—' },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (value: Account['status'], account) =>
              value === 'active' ? (
                <Tag className="admin-tag-active">{t('active')}</Tag>
              ) : (
                <Space orientation="vertical" size={0}>
                  <Tag className="admin-tag-disabled">{t('disabled')}</Tag>
                  {account.disabledReason ? (
                    <Typography.Text type="secondary">
                      {t('disabledReason', { reason: account.disabledReason })}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, account) => (
              <Space wrap size={4}>
                <Button
                  size="small"
                  aria-label={`${t('changeRole')} ${account.username}`}
                  onClick={() => setChanging(account)}
                >
                  {t('changeRole')}
                </Button>
                <Button
                  size="small"
                  aria-label={`${t('resetPassword')} ${account.username}`}
                  onClick={() => askReset(account)}
                >
                  {t('resetPassword')}
                </Button>
                {account.status === 'active' ? (
                  <Button
                    size="small"
                    aria-label={`${t('disable')} ${account.username}`}
                    onClick={() => setDisabling(account)}
                  >
                    {t('disable')}
                  </Button>
                ) : (
                  <Button
                    size="small"
                    aria-label={`${t('enable')} ${account.username}`}
                    loading={enable.isPending && enable.variables === account.username}
                    onClick={() => enable.mutate(account.username)}
                  >
                    {t('enable')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <OneTimePassword handover={handover} onClose={() => setHandover(null)} />
      <ChangeRole account={changing} units={units} onClose={() => setChanging(null)} />
      <DisableAccount account={disabling} onClose={() => setDisabling(null)} />
    </>
  );
}
