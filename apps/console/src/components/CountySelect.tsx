import { Select } from 'antd';
import { HEZE_COUNTIES } from '@lingong/shared';

/** The admin's county filter; an operator sees only their county and gets no choice. */
export function CountySelect({ value, onChange }: { value?: string; onChange: (code: string | undefined) => void }) {
  return (
    <Select
      aria-label="县区"
      allowClear
      placeholder="全部县区"
      style={{ width: 160 }}
      value={value}
      onChange={(code) => onChange(code ?? undefined)}
      options={HEZE_COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
    />
  );
}
