import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { countyName, HEZE_COUNTIES, tradeName, type EmployerProfile, type EmployerStatus, type Role, type WorkerProfile } from '@lingong/shared'
import { api, ApiError, clearSession, errorMessage, loadSession, orNotFound, type Session } from '../../services/api'
import { isLargeText, setLargeText, usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import { returnAfterLogin, waitingToReturn } from '../../services/login-return'
import { StaffCodeEntry } from '../../components/staff-code-entry'
import './index.scss'

const STATUS_NAMES: Record<EmployerStatus, string> = {
  unverified: '未核实',
  pending_review: '等待人工审核',
  verified: '已核实',
  suspended: '已暂停',
}
const ROLE_CHOICES: { role: Role; label: string }[] = [
  { role: 'worker', label: '找活的零工' },
  { role: 'employer', label: '招工的用工方' },
  { role: 'operator', label: '县（区）工作人员' },
  { role: 'admin', label: '市里管理员' },
]
const isStaff = (s: Session) => s.user.roles.includes('operator') || s.user.roles.includes('admin')
const DEV_LOGIN_OFF = '这里没有开放演示登录，请在微信里打开“菏泽零工市场”小程序。'

export default function MinePage() {
  const font = usePageFont()
  const [session, setSession] = useState<Session | undefined>(loadSession())
  const [worker, setWorker] = useState<WorkerProfile>()
  const [employer, setEmployer] = useState<EmployerProfile>()
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string>()
  const [large, setLarge] = useState(isLargeText())
  const [exported, setExported] = useState<string>()
  const [openid, setOpenid] = useState('demo-worker')
  const [role, setRole] = useState<Role>('worker')
  const [countyCode, setCountyCode] = useState<string>()
  const [devLoginOff, setDevLoginOff] = useState(false)
  const [busy, setBusy] = useState(false)

  const loadMine = async () => {
    setError(undefined)
    try {
      // The account is read again too: a staff role granted or taken away shows (or goes) at once.
      const [w, e, current] = await Promise.all([orNotFound(api.myWorker()), orNotFound(api.myEmployer()), api.me()])
      setWorker(w)
      setEmployer(e)
      setSession(current)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setSession(undefined)
      setError(errorMessage(e))
    } finally {
      setLoaded(true)
    }
  }

  useDidShow(() => {
    font.refresh()
    const current = loadSession()
    setSession(current)
    if (current) void loadMine()
  })

  const login = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const next =
        process.env.TARO_ENV === 'weapp'
          ? await api.wechatLogin()
          : await api.devLogin({ openid: openid.trim(), role, ...(role === 'operator' && countyCode ? { countyCode } : {}) })
      setSession(next)
      // Back to where the person was (a job, the gate code's check-in), with nothing to do again.
      if (returnAfterLogin()) return
      await loadMine()
    } catch (e) {
      if (e instanceof ApiError && e.status === 404 && process.env.TARO_ENV !== 'weapp') setDevLoginOff(true)
      else setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const switchLarge = (on: boolean) => {
    setLargeText(on)
    setLarge(on)
    font.refresh()
  }

  const exportMine = async () => {
    try {
      setExported(JSON.stringify(await api.exportWorker(), null, 2))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const deleteAccount = async () => {
    const { confirm } = await Taro.showModal({
      title: '确定要注销账号吗？',
      content: '注销后，您的姓名、身份证号、手机号和位置会被删除，不能恢复。工资和用工记录依法保存3年，但不再能看出是您。',
      confirmText: '确定注销',
      cancelText: '不注销',
    })
    if (!confirm) return
    try {
      await api.deleteWorker()
      clearSession()
      setSession(undefined)
      setWorker(undefined)
      setEmployer(undefined)
      Taro.showToast({ title: '账号已注销', icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const logout = () => {
    clearSession()
    setSession(undefined)
    setWorker(undefined)
    setEmployer(undefined)
    setLoaded(false)
  }

  const largeSwitch = (
    <View className='card'>
      <View className='switch-row'>
        <Text className='label'>大字模式（字更大，看得更清楚）</Text>
        <Switch checked={large} data-testid='large-text' onChange={(e) => switchLarge(e.detail.value)} />
      </View>
      <Text className='row muted'>{large ? '现在：大字' : '现在：标准字'}</Text>
    </View>
  )

  if (!session) {
    return (
      <View className='page mine-page' style={font.style}>
        <Text className='title'>登录</Text>
        {waitingToReturn() ? (
          <Text className='notice' data-testid='login-to-return'>
            这一步要先登录。登录后自动回到刚才的页面。
          </Text>
        ) : null}
        {process.env.TARO_ENV === 'weapp' ? (
          <Text className='row'>用微信登录后，可以登记找活、招工和查看我的信息。</Text>
        ) : devLoginOff ? (
          <Text className='notice' data-testid='dev-login-off'>
            {DEV_LOGIN_OFF}
          </Text>
        ) : (
          <View className='card'>
            <Text className='row muted'>演示登录（只用于演示和测试）</Text>
            <View className='field'>
              <Text className='label'>账号</Text>
              <Input className='input' data-testid='openid' value={openid} onInput={(e) => setOpenid(e.detail.value)} />
            </View>
            <View className='field'>
              <Text className='label'>身份</Text>
              {ROLE_CHOICES.map((c) => (
                <Text key={c.role} className={`chip ${role === c.role ? 'chip-on' : ''}`} data-testid={`role-${c.role}`} onClick={() => setRole(c.role)}>
                  {role === c.role ? '✓ ' : ''}
                  {c.label}
                </Text>
              ))}
            </View>
            {role === 'operator' ? (
              <View className='field'>
                <Text className='label'>所属县（区）</Text>
                {HEZE_COUNTIES.map((c) => (
                  <Text
                    key={c.code}
                    className={`chip ${countyCode === c.code ? 'chip-on' : ''}`}
                    data-testid={`county-${c.code}`}
                    onClick={() => setCountyCode(c.code)}
                  >
                    {countyCode === c.code ? '✓ ' : ''}
                    {c.name}
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        )}
        <ErrorText>{error}</ErrorText>
        {devLoginOff ? null : (
          <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='login' disabled={busy} onClick={login}>
            {busy ? '正在登录…' : process.env.TARO_ENV === 'weapp' ? '微信一键登录' : '登录'}
          </Button>
        )}
        {largeSwitch}
      </View>
    )
  }

  return (
    <View className='page mine-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      {isStaff(session) ? (
        <View className='card' data-testid='staff-card'>
          <Text className='title'>工作人员</Text>
          {session.user.countyCode ? <Text className='row'>所属：{countyName(session.user.countyCode) ?? session.user.countyCode}</Text> : null}
          <Button className='btn-main' data-testid='staff-complaints' onClick={() => Taro.navigateTo({ url: '/operator/complaints/index' })}>
            投诉办理
          </Button>
          <Button className='btn-plain' data-testid='staff-postings' onClick={() => Taro.navigateTo({ url: '/operator/postings/index' })}>
            招工审核
          </Button>
          <Button className='btn-plain' data-testid='staff-employers' onClick={() => Taro.navigateTo({ url: '/operator/employers/index' })}>
            用工方审核
          </Button>
          <Button className='btn-plain' data-testid='staff-console-login' onClick={() => Taro.navigateTo({ url: '/operator/console-login/index' })}>
            扫码登录电脑上的管理后台
          </Button>
          <Button className='btn-plain' data-testid='staff-checkins' onClick={() => Taro.navigateTo({ url: '/operator/checkins/index' })}>
            今日签到
          </Button>
          <Button className='btn-plain' data-testid='staff-claims' onClick={() => Taro.navigateTo({ url: '/operator/claims/index' })}>
            意外报案
          </Button>
          {session.user.roles.includes('admin') ? (
            <Button className='btn-plain' data-testid='staff-manage' onClick={() => Taro.navigateTo({ url: '/operator/staff/index' })}>
              工作人员（邀请、取消权限）
            </Button>
          ) : null}
        </View>
      ) : null}
      <View className='card' data-testid='worker-card'>
        <Text className='title'>我的零工登记</Text>
        {worker ? (
          <View>
            <Text className='row'>姓名：{worker.realName}</Text>
            <Text className='row'>身份证：{worker.idNumberMasked}</Text>
            <Text className='row'>手机：{worker.phone}</Text>
            <Text className='row'>工种：{worker.trades.map((t) => tradeName(t) ?? t).join('、')}</Text>
            <Text className='row'>常住：{countyName(worker.countyCode) ?? worker.countyCode}</Text>
            <Text className='row muted'>
              {worker.age} 岁 · {worker.gender === 'male' ? '男' : '女'}
            </Text>
          </View>
        ) : loaded ? (
          <View>
            <Text className='row'>您还没有登记找活。登记一次，就能在附近市场找活。</Text>
            <Button className='btn-main' data-testid='register-worker' onClick={() => Taro.navigateTo({ url: '/worker/consent/index' })}>
              登记找活
            </Button>
          </View>
        ) : (
          <Text className='row muted'>正在读取…</Text>
        )}
      </View>

      {worker ? (
        <View className='card' data-testid='worker-links'>
          <Text className='title'>找活、工钱和保险</Text>
          <Button className='btn-main' data-testid='my-work' onClick={() => Taro.navigateTo({ url: '/worker/work/index' })}>
            我的报名和活（协议、工钱）
          </Button>
          <Button className='btn-plain' data-testid='checkin-scan' onClick={() => Taro.navigateTo({ url: '/pages/checkin/index' })}>
            市场扫码签到
          </Button>
          <Button className='btn-plain' data-testid='my-insurance' onClick={() => Taro.navigateTo({ url: '/worker/insurance/index' })}>
            意外保险
          </Button>
        </View>
      ) : null}

      <Button className='btn-plain' data-testid='my-complaints' onClick={() => Taro.navigateTo({ url: '/worker/complaints/index' })}>
        投诉维权（欠薪、虚假招聘、乱收费）
      </Button>

      <View className='card' data-testid='employer-card'>
        <Text className='title'>招工</Text>
        {employer ? (
          <View>
            <Text className='row'>{employer.name}</Text>
            <Text className='row'>状态：{STATUS_NAMES[employer.status]}</Text>
            {employer.statusReason ? <Text className='row muted'>原因：{employer.statusReason}</Text> : null}
            {employer.status === 'verified' ? (
              <Button className='btn-main' data-testid='post-job' onClick={() => Taro.navigateTo({ url: '/employer/post/index' })}>
                发布招工
              </Button>
            ) : null}
            <Button className='btn-plain' data-testid='my-postings' onClick={() => Taro.navigateTo({ url: '/employer/postings/index' })}>
              我的招工（报名、邀请、录用）
            </Button>
            <Button className='btn-plain' data-testid='employer-hires' onClick={() => Taro.navigateTo({ url: '/employer/hires/index' })}>
              用工记录（协议、完工、评价、保险）
            </Button>
          </View>
        ) : (
          <Button className='btn-plain' data-testid='register-employer' onClick={() => Taro.navigateTo({ url: '/employer/register/index' })}>
            我要招工（登记为用工方）
          </Button>
        )}
      </View>

      {largeSwitch}

      {worker ? (
        <View className='card'>
          <Text className='title'>我的数据</Text>
          <Button className='btn-plain' data-testid='export' onClick={exportMine}>
            导出我的信息
          </Button>
          {exported ? (
            <Text className='export-text' data-testid='exported'>
              {exported}
            </Text>
          ) : null}
          <Button className='btn-plain btn-danger' data-testid='delete-account' onClick={deleteAccount}>
            ⚠ 注销账号（删除我的个人信息）
          </Button>
        </View>
      ) : null}

      <Button className='btn-plain' onClick={logout}>
        退出登录
      </Button>

      {isStaff(session) ? null : <StaffCodeEntry onRedeemed={setSession} />}
    </View>
  )
}
