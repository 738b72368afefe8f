import { Button, Space } from 'antd';

export function Pager({ pageNumber, hasNext, next, previous }: { pageNumber: number; hasNext: boolean; next: () => void; previous: () => void }) {
  return (
    <Space style={{ marginTop: 16 }}>
      <Button disabled={pageNumber <= 1} onClick={previous}>
        上一页
      </Button>
      <span>第 {pageNumber} 页</span>
      <Button disabled={!hasNext} onClick={next}>
        下一页
      </Button>
    </Space>
  );
}
