import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ConsoleSession, CreatedLoginTicket, LoginTicketStatus } from '@lingong/shared';
import { ApiError, type ConsoleApi } from '../../api/client';

const POLL_MS = 2000;

export interface LoginPageProps {
  api: ConsoleApi;
  /** Why the last session ended (the API's sentence: idle timeout, expiry, revocation). */
  notice?: string;
  onSignedIn: (session: ConsoleSession) => void;
}

/** Scan the ticket's QR with the mini-program (a staff account), approve there, then the TOTP code. */
export default function LoginPage({ api, notice, onSignedIn }: LoginPageProps) {
  const [ticket, setTicket] = useState<CreatedLoginTicket>();
  const [status, setStatus] = useState<LoginTicketStatus>('pending');
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

  /** `firstTime`: no authenticator yet, so no code; the session it opens may only enroll one. */
  const submit = async (firstTime = false) => {
    if (!ticket) return;
    if (!firstTime && !/^\d{6}$/.test(code.trim()) && !/^[A-Za-z0-9-]{8,}$/.test(code.trim())) {
      setError('请输入验证器上的6位数字，或一个恢复码。');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.console.openSession(ticket.id, firstTime ? '' : code.trim());
      onSignedIn(session);
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
              <Input
                aria-label="动态码"
                size="large"
                maxLength={20}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                onPressEnter={() => void submit()}
                autoFocus
              />
              <Button type="primary" size="large" block loading={busy} onClick={() => void submit()}>
                登录
              </Button>
              <Button type="link" block disabled={busy} onClick={() => void submit(true)}>
                第一次登录，还没有绑定身份验证器
              </Button>
            </>
          ) : null}
          {status === 'used' ? <Alert type="info" showIcon title="这个二维码已经用过了，请换一个。" /> : null}
          {status === 'expired' || status === 'used' ? (
            <Button block onClick={() => setRound((n) => n + 1)}>
              换一个二维码
            </Button>
          ) : null}
        </Space>
      </Card>
    </div>
  );
}
