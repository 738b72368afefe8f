import { Result, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { UserSummary } from '@lingong/shared';
import { ApiError, consoleApi, createHttp } from './api/client';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { ConsoleContextValue, tokenStore } from './session';

const LoginPage = lazy(() => import('./pages/login'));
const EnrollPage = lazy(() => import('./pages/enroll'));
const EmployersPage = lazy(() => import('./pages/employers'));
const PostingReviewPage = lazy(() => import('./pages/posting-review'));

const loading = <Spin style={{ display: 'block', margin: 80 }} />;

export function App() {
  const [token, setToken] = useState(tokenStore.get());
  const [me, setMe] = useState<UserSummary>();
  const [endedBecause, setEndedBecause] = useState<string>();
  const [enrolling, setEnrolling] = useState(tokenStore.enrolling());

  const signOut = useCallback((sentence?: string) => {
    tokenStore.clear();
    setToken(undefined);
    setEnrolling(false);
    setMe(undefined);
    setEndedBecause(sentence);
  }, []);

  const api = useMemo(() => consoleApi(createHttp({ token: () => tokenStore.get(), onUnauthorized: (e) => signOut(e.message) })), [signOut]);

  useEffect(() => {
    // A first-login session may only bind an authenticator: who it is comes after that.
    if (!token || enrolling) return;
    api.me().then(setMe, (e: unknown) => {
      if (!(e instanceof ApiError && e.status === 401)) signOut(e instanceof Error ? e.message : undefined);
    });
  }, [api, token, enrolling, signOut]);

  if (!token) {
    return (
      <Suspense fallback={loading}>
        <LoginPage
          api={api}
          notice={endedBecause}
          onSignedIn={(session) => {
            tokenStore.set(session.accessToken, session.totpEnrollmentRequired);
            setEndedBecause(undefined);
            setEnrolling(session.totpEnrollmentRequired);
            setToken(session.accessToken);
          }}
        />
      </Suspense>
    );
  }
  const logout = () => {
    void api.console.logout().finally(() => signOut());
  };
  if (enrolling) {
    return (
      <Suspense fallback={loading}>
        <EnrollPage
          api={api}
          onCancel={logout}
          onDone={() => {
            tokenStore.set(token, false);
            setEnrolling(false);
          }}
        />
      </Suspense>
    );
  }
  if (!me) return loading;
  if (!me.roles.some((r) => r === 'operator' || r === 'admin')) {
    return <Result status="403" title="这个账号没有工作人员权限" subTitle="请用有工作人员角色的微信账号扫码登录。" />;
  }
  return (
    <ConsoleContextValue.Provider value={{ api, me }}>
      <ConsoleLayout me={me} onSignOut={logout}>
        <Suspense fallback={loading}>
          <Routes>
            <Route path="/employers" element={<EmployersPage />} />
            <Route path="/posting-review" element={<PostingReviewPage />} />
            <Route path="*" element={<Navigate to="/employers" replace />} />
          </Routes>
        </Suspense>
      </ConsoleLayout>
    </ConsoleContextValue.Provider>
  );
}
