import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, type ConsoleApi, type LoginTicket } from '../../api/client';

const POLL_MS = 2000;

export interface LoginPageProps {
  api: ConsoleApi;
  /** Why the last session ended (the API's sentence: idle timeout, expiry, revocation). */
  notice?: string;
  onSignedIn: (accessToken: string) => void;
}

/** Scan the ticket's QR with the mini-program (a staff account), approve there, then the TOTP code. */
export default function LoginPage({ api, notice, onSignedIn }: LoginPageProps) {
  const [ticket, setTicket] = useState<LoginTicket>();
  const [status, setStatus] = useState<'pending' | 'approved' | 'expired'>('pending');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    setTicket(undefined);
    setStatus('pending');
    setError(undefined);
    api.console.createTicket().then(setTicket, (e: Error) => setError(e.message));
  }, [api, round]);

  useEffect(() => {
    if (!ticket || status !== 'pending') return;
    const timer = setInterval(() => {
      api.console.ticketStatus(ticket.id).then(
        (t) => setStatus(t.status),
        (e: Error) => setError(e.message),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, ticket, status]);

  const submit = async () => {
    if (!ticket) return;
    if (!/^\d{6}$/.test(code.trim()) && !/^[A-Za-z0-9-]{8,}$/.test(code.trim())) {
      setError('请输入验证器上的6位数字，或一个恢复码。');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.console.openSession(ticket.id, code.trim());
      onSignedIn(session.accessToken);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录没有成功，请重试。');
      if (e instanceof ApiError && e.code === 'AUTH.LOCKED') setStatus('expired');
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 420 }} title="零工市场 · 工作人员管理后台">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {notice ? <Alert type="warning" showIcon title={notice} /> : null}
          {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
          {status === 'pending' ? (
            <>
              <Typography.Paragraph>请用微信打开零工市场小程序（工作人员账号），扫描下面的二维码，并在手机上点“批准登录”。</Typography.Paragraph>
              {ticket ? (
                <div
                  aria-label="登录二维码"
                  data-ticket={ticket.id}
                  style={{ width: 220, margin: '0 auto' }}
                  dangerouslySetInnerHTML={{ __html: ticket.qrSvg }}
                />
              ) : null}
              <Typography.Text type="secondary">二维码一次有效，等待手机上批准……</Typography.Text>
            </>
          ) : null}
          {status === 'approved' ? (
            <>
              <Typography.Paragraph>手机上已批准。请输入身份验证器上的6位动态码（也可输入一个恢复码）。</Typography.Paragraph>
              <Input aria-label="动态码" size="large" maxLength={20} value={code} onChange={(e) => setCode(e.target.value)} onPressEnter={submit} autoFocus />
              <Button type="primary" size="large" block loading={busy} onClick={submit}>
                登录
              </Button>
            </>
          ) : null}
          {status === 'expired' ? (
            <Button block onClick={() => setRound((n) => n + 1)}>
              换一个二维码
            </Button>
          ) : null}
        </Space>
      </Card>
    </div>
  );
}
