import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReasonModal } from '../src/components/ReasonModal';
import { apiError } from './support';

function open(required: boolean, onSubmit: jest.Mock) {
  const onClose = jest.fn();
  render(<ReasonModal title="暂停用工方" okText="暂停" required={required} onSubmit={onSubmit} onClose={onClose} />);
  return { onClose, ok: () => screen.getByRole('button', { name: /暂\s*停/ }), field: () => screen.getByLabelText('原因') };
}

describe('ReasonModal', () => {
  it('refuses a required reason shorter than 4 characters without calling the API', async () => {
    const onSubmit = jest.fn();
    const { ok, field } = open(true, onSubmit);
    fireEvent.change(field(), { target: { value: '违规' } });
    fireEvent.click(ok());
    expect(await screen.findByText('请写清原因（至少4个字），对方能看到。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason and closes', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const { ok, field, onClose } = open(true, onSubmit);
    fireEvent.change(field(), { target: { value: '  多名零工投诉拖欠工资  ' } });
    fireEvent.click(ok());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith('多名零工投诉拖欠工资');
  });

  it('shows the API’s sentence beside the field it names, and stays open', async () => {
    const onSubmit = jest.fn().mockRejectedValue(apiError(400, 'COMMON.VALIDATION_FAILED', '原因太长了', 'reason'));
    const { ok, field, onClose } = open(true, onSubmit);
    fireEvent.change(field(), { target: { value: '一个够长的原因' } });
    fireEvent.click(ok());
    expect(await screen.findByText('原因太长了')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a refusal that names no field above the form', async () => {
    const onSubmit = jest.fn().mockRejectedValue(apiError(409, 'EMPLOYER.STATUS_CHANGE_INVALID', '该用工方已经被暂停了。'));
    const { ok, field } = open(true, onSubmit);
    fireEvent.change(field(), { target: { value: '一个够长的原因' } });
    fireEvent.click(ok());
    expect((await screen.findByRole('alert')).textContent).toBe('该用工方已经被暂停了。');
  });

  it('lets an optional note be empty', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const { ok } = open(false, onSubmit);
    fireEvent.click(ok());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(''));
  });
});
