import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';

export interface ReasonModalProps {
  title: string;
  okText: string;
  /** A reason is required (shown to the employer) or optional (a review note). */
  required: boolean;
  placeholder?: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** One action with a reason: the API's sentence is shown beside the field it names, or above the form. */
export function ReasonModal({ title, okText, required, placeholder, onSubmit, onClose }: ReasonModalProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();

  const submit = async () => {
    const text = reason.trim();
    if (required && text.length < 4) {
      setFieldError('请写清原因（至少4个字），对方能看到。');
      return;
    }
    setBusy(true);
    setFieldError(undefined);
    setFormError(undefined);
    try {
      await onSubmit(text);
      onClose();
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'COMMON.UNKNOWN', '操作没有成功，请重试。');
      const forField = error.fieldMessage('reason');
      if (forField) setFieldError(forField);
      else setFormError(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={title} okText={okText} cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {formError ? (
        <div role="alert" style={{ color: '#cf1322', marginBottom: 12 }}>
          {formError}
        </div>
      ) : null}
      <Form layout="vertical">
        <Form.Item
          label={required ? '原因（对方能看到）' : '说明（可不填）'}
          required={required}
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError}
        >
          <Input.TextArea aria-label="原因" rows={4} maxLength={500} value={reason} placeholder={placeholder} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
