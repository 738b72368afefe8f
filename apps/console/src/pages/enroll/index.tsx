import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TotpEnrollment } from '@lingong/shared';
import type { ConsoleApi } from '../../api/client';

export interface EnrollPageProps {
  api: ConsoleApi;
  /** The authenticator is confirmed: the session is now a full one. */
  onDone: () => void;
  onCancel: () => void;
}

/** First login: bind an authenticator app (TOTP) by its QR code, confirm one code, keep the recovery codes. */
export default function EnrollPage({ api, onDone, onCancel }: EnrollPageProps) {
  const [enrollment, setEnrollment] = useState<TotpEnrollment>();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.console.enrollTotp().then(setEnrollment, (e: Error) => setError(e.message));
  }, [api]);

  const confirm = async () => {
    if (!/^\d{6}$/.test(code.trim())) return setError('请输入验证器上显示的6位数字。');
    setBusy(true);
    setError(undefined);
    try {
      setRecoveryCodes((await api.console.confirmTotp(code.trim())).recoveryCodes);
    } catch (e) {
      setError(e instanceof Error ? e.message : '没有绑定成功，请重试。');
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 480 }} title="绑定身份验证器（第二重登录验证）">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
          {recoveryCodes ? (
            <>
              <Alert type="success" showIcon title="已绑定。以后登录时输入验证器上的6位动态码。" />
              <Typography.Paragraph>
                下面是10个恢复码，手机丢了或换了时，每个可以代替动态码用一次。<b>只显示这一次</b>，请抄下来或打印后妥善保管。
              </Typography.Paragraph>
              <pre data-testid="recovery-codes" style={{ fontSize: 16, background: '#fafafa', padding: 12 }}>
                {recoveryCodes.join('\n')}
              </pre>
              <Button type="primary" size="large" block onClick={onDone}>
                我已保存好恢复码，进入管理后台
              </Button>
            </>
          ) : (
            <>
              <Typography.Paragraph>1. 在手机上打开身份验证器应用（如腾讯身份验证器、Microsoft Authenticator），扫描下面的二维码。</Typography.Paragraph>
              {enrollment ? (
                <>
                  <div aria-label="身份验证器二维码" style={{ width: 220, margin: '0 auto' }} dangerouslySetInnerHTML={{ __html: enrollment.qrSvg }} />
                  <Typography.Text type="secondary" copyable={{ text: enrollment.otpauthUrl }} data-testid="otpauth-url">
                    无法扫码时，复制这个地址添加到验证器
                  </Typography.Text>
                </>
              ) : null}
              <Typography.Paragraph>2. 输入验证器上显示的6位数字：</Typography.Paragraph>
              <Input
                aria-label="验证器上的6位数字"
                size="large"
                maxLength={6}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                onPressEnter={() => void confirm()}
              />
              <Button type="primary" size="large" block loading={busy} disabled={!enrollment} onClick={() => void confirm()}>
                确认绑定
              </Button>
              <Button block onClick={onCancel}>
                退出
              </Button>
            </>
          )}
        </Space>
      </Card>
    </div>
  );
}
