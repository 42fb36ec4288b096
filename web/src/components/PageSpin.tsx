import { Spin } from 'antd';

export function PageSpin() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin description="正在载入…">
        <div style={{ height: 40 }} />
      </Spin>
    </div>
  );
}
