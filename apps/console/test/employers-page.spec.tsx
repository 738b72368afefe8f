import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EmployerProfile } from '@lingong/shared';
import EmployersPage, { actionsFor } from '../src/pages/employers';
import { creditCodeCheck } from '../src/pages/employers/labels';
import { renderSignedIn, stubApi } from './support';

const VALID_CODE = '91440101MA5CJQ4N59';
const CHECKSUM_FAILING = '91440101MA5CJQ4N58';

function employer(overrides: Partial<EmployerProfile>): EmployerProfile {
  return {
    id: 1,
    kind: 'organisation',
    name: '牡丹区建安装饰工程有限公司',
    creditCode: VALID_CODE,
    contactName: '王经理',
    phone: '13800000000',
    address: '牡丹区中华路1号',
    countyCode: '371702',
    status: 'pending_review',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('用工方审核', () => {
  it('names the credit-code check result', () => {
    expect(creditCodeCheck({ kind: 'organisation', creditCode: VALID_CODE })).toEqual({ text: '格式和校验位都正确', ok: true });
    expect(creditCodeCheck({ kind: 'organisation', creditCode: CHECKSUM_FAILING })).toMatchObject({ ok: false, text: expect.stringContaining('校验位不对') });
    expect(creditCodeCheck({ kind: 'person' })).toEqual({ text: '个人，无需信用代码', ok: true });
  });

  it('offers each status its own actions', () => {
    expect(actionsFor('pending_review')).toEqual(['verify', 'suspend']);
    expect(actionsFor('verified')).toEqual(['suspend']);
    expect(actionsFor('suspended')).toEqual(['reinstate']);
  });

  it('lists the employers waiting by default, with the check result, and pages by cursor', async () => {
    const api = stubApi();
    const list = jest
      .fn()
      .mockResolvedValueOnce({ items: [employer({ creditCode: CHECKSUM_FAILING, statusReason: '统一社会信用代码校验位未通过' })], nextCursor: 'c2' })
      .mockResolvedValueOnce({ items: [employer({ id: 2, name: '第二页的用工方' })] });
    api.employers.list = list;
    renderSignedIn(<EmployersPage />, api);
    expect(await screen.findByText(/校验位不对/)).toBeTruthy();
    expect(list).toHaveBeenCalledWith({ status: 'pending_review', countyCode: undefined, q: undefined, cursor: undefined });
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第二页的用工方')).toBeTruthy();
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'c2' }));
  });

  it('reinstates a suspended employer with the reason typed, then lists again', async () => {
    const api = stubApi();
    const suspended = employer({ status: 'suspended', statusReason: '拖欠工资待核查' });
    api.employers.list = jest.fn().mockResolvedValue({ items: [suspended] });
    const reinstate = jest.fn().mockResolvedValue({ ...suspended, status: 'verified' });
    api.employers.reinstate = reinstate;
    renderSignedIn(<EmployersPage />, api, undefined, '/?status=suspended');
    const row = (await screen.findByText('拖欠工资待核查')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /恢\s*复/ }));
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: '欠薪已结清，经核查恢复' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /恢\s*复/ }));
    await waitFor(() => expect(reinstate).toHaveBeenCalledWith(1, { reason: '欠薪已结清，经核查恢复' }));
    expect(await screen.findByText(/已恢复“牡丹区建安装饰工程有限公司”/)).toBeTruthy();
    expect(api.employers.list).toHaveBeenCalledTimes(2);
    expect(api.employers.list).toHaveBeenCalledWith(expect.objectContaining({ status: 'suspended' }));
  });
});
