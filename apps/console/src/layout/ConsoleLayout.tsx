import { AuditOutlined, FileSearchOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { countyName, type UserSummary } from '@lingong/shared';

const MENU = [
  { key: '/employers', icon: <AuditOutlined />, label: '用工方审核' },
  { key: '/posting-review', icon: <FileSearchOutlined />, label: '招工审核' },
];

/** The county the API scopes this person to: an operator's own, the city admin's all nine. */
export function scopeLabel(me: UserSummary): string {
  if (me.roles.includes('admin')) return '菏泽市（全部县区）';
  return (me.countyCode && countyName(me.countyCode)) ?? '未分配县区';
}

export function ConsoleLayout({ me, onSignOut, children }: { me: UserSummary; onSignOut: () => void; children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh', minWidth: 1280 }}>
      <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={5} style={{ padding: '20px 24px 8px', margin: 0 }}>
          零工市场管理后台
        </Typography.Title>
        <Menu mode="inline" selectedKeys={[location.pathname]} items={MENU} onClick={({ key }) => navigate(key)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', borderBottom: '1px solid #f0f0f0' }}>
          <Space>
            <span>管辖范围</span>
            <Tag color="blue" data-testid="scope">
              {scopeLabel(me)}
            </Tag>
            <span>{me.roles.includes('admin') ? '市级管理员' : '县区工作人员'}</span>
            <Button icon={<LogoutOutlined />} onClick={onSignOut}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
