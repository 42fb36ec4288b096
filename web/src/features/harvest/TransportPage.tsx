// 木材运输证（历史）: the read-only archive of permits issued before 2020-07-01 and the CSV import
// that fills it. There is no form to create one: the permit was abolished.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Input, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { can } from '../../auth/access.ts';
import { useMe } from '../../auth/session.tsx';
import { useShowError } from '../../components/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { PageContainer } from '../../layout/PageContainer.tsx';
import { HARVEST_KEY, type ImportReport, type TransportPermit } from './api.ts';

function ImportCard() {
  const client = useQueryClient();
  const showError = useShowError();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [partial, setPartial] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api.post('/api/harvest/transport-permits/import', {
        csv: file!.text,
        fileName: file!.name,
        partial,
        dryRun,
      }),
    onSuccess: async (r) => {
      setReport(r);
      if (r.imported) await client.invalidateQueries({ queryKey: [...HARVEST_KEY, 'transport'] });
    },
    onError: showError,
  });
  return (
    <Card title="导入历史记录（CSV）">
      <Typography.Paragraph type="secondary">
        首行为表头：证号、签发日期、有效期起、有效期止、签发机关、货主、起运地、到达地、树种、材种、数量(立方米)，可选件数、运输工具、备注。
        签发日期晚于 2020-06-30 的行一律拒收。重复导入同一文件不会产生重复记录。
      </Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".csv,text/csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={async (f) => {
            setFile({ name: f.name, text: await f.text() });
            setReport(null);
            return false;
          }}
        >
          <Button>选择 CSV 文件</Button>
        </Upload>
        <span>{file?.name ?? '未选择文件'}</span>
        <Checkbox checked={partial} onChange={(e) => setPartial(e.target.checked)}>
          只导入无误的行
        </Checkbox>
        <Button disabled={!file} loading={run.isPending} onClick={() => run.mutate(true)}>
          检查
        </Button>
        <Button type="primary" disabled={!file} loading={run.isPending} onClick={() => run.mutate(false)}>
          导入
        </Button>
      </Space>
      {report ? (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={report.errors.length ? (report.imported ? 'warning' : 'error') : 'success'}
            showIcon
            message={`读取 ${report.total} 行：新增 ${report.inserted}，更新 ${report.updated}，未变 ${report.unchanged}，有误 ${report.rejected}${report.imported ? '' : '（未导入）'}`}
          />
          {report.errors.length ? (
            <Table
              style={{ marginTop: 12 }}
              rowKey={(e) => `${e.line}-${e.field}`}
              size="small"
              pagination={{ pageSize: 20 }}
              dataSource={report.errors}
              columns={[
                { title: '行号', dataIndex: 'line', width: 80 },
                { title: '问题', dataIndex: 'message' },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

export default function TransportPage() {
  const me = useMe();
  const url = useUrlState();
  const q = url.get('q');
  const list = useQuery({
    queryKey: [...HARVEST_KEY, 'transport', q, url.page, url.pageSize],
    queryFn: () =>
      api.get('/api/harvest/transport-permits', {
        q,
        page: url.page,
        pageSize: url.pageSize,
      }),
  });
  return (
    <PageContainer subTitle="只读档案，2020年7月1日起不再核发">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert
          type="error"
          showIcon
          message="木材运输证已于2020年7月1日取消"
          description="本档案仅保存此前签发的历史证件，供公众按证号查询（/services/transport-permits）；平台不核发新的木材运输证。"
        />
        {can(me, 'harvest:transport') ? <ImportCard /> : null}
        <Card title="档案">
          <Input.Search
            allowClear
            placeholder="证号或货主"
            defaultValue={q}
            style={{ width: 260, marginBottom: 12 }}
            onSearch={(v) => url.set({ q: v })}
          />
          <Table<TransportPermit>
            rowKey="id"
            size="middle"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            pagination={url.pagination(list.data?.total ?? 0, '份')}
            columns={[
              { title: '证号', dataIndex: 'number', width: 150 },
              { title: '签发日期', dataIndex: 'issuedOn', width: 110 },
              { title: '签发机关', dataIndex: 'issuer' },
              { title: '货主', dataIndex: 'shipper' },
              { title: '起运地 → 到达地', render: (_, r) => `${r.origin} → ${r.destination}` },
              { title: '树种 / 材种', render: (_, r) => `${r.species} / ${r.assortment}` },
              { title: '数量（m³）', dataIndex: 'volume', align: 'right' },
              { title: '导入', width: 150, render: (_, r) => r.sourceName ?? formatTime(r.importedAt) },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
