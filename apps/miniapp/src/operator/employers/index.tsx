import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { countyName, validateCreditCode, type EmployerProfile, type EmployerStatus } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import { LoadMore, LoadState } from '../../components/load-state'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'

const STATUS_TABS: { status: EmployerStatus; name: string; hint: string }[] = [
  { status: 'unverified', name: '新登记', hint: '刚登记、还没核实的用工方，核实后才能发布招工。' },
  { status: 'pending_review', name: '代码待核对', hint: '信用代码校验位对不上（早期试点代码可能如此），请对照营业执照人工核对。' },
  { status: 'verified', name: '已核实', hint: '可以发布招工的用工方。' },
  { status: 'suspended', name: '已暂停', hint: '被暂停的用工方不能发布招工，招工已下架。' },
]
const STATUS_NAMES: Record<EmployerStatus, string> = { unverified: '未核实', pending_review: '代码待核对', verified: '已核实', suspended: '已暂停' }

type Action = 'verify' | 'suspend' | 'reinstate'
const ACTIONS: Record<Action, { label: string; done: string; reasonLabel: string; required: boolean; allowed: EmployerStatus[] }> = {
  verify: { label: '核实通过', done: '已核实', reasonLabel: '审核说明（可不写，用工方能看到）', required: false, allowed: ['unverified', 'pending_review'] },
  suspend: {
    label: '暂停',
    done: '已暂停',
    reasonLabel: '暂停原因（至少4个字，用工方能看到）',
    required: true,
    allowed: ['unverified', 'pending_review', 'verified'],
  },
  reinstate: { label: '恢复', done: '已恢复', reasonLabel: '恢复原因（至少4个字，用工方能看到）', required: true, allowed: ['suspended'] },
}

/** What the credit-code check says, in words, beside the code. */
function creditCodeCheck(code?: string): string {
  if (!code) return '个人用工，没有信用代码'
  const result = validateCreditCode(code)
  if (result.ok) return '格式和校验位都对'
  return result.reason === 'checksum' ? '校验位对不上（早期试点代码可能如此），请人工核对营业执照' : '格式不对，请核对'
}

function EmployerCard({ employer, onDone }: { employer: EmployerProfile; onDone: () => void }) {
  const [action, setAction] = useState<Action>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const e = employer

  const submit = async (chosen: Action) => {
    const text = reason.trim()
    if (ACTIONS[chosen].required && text.length < 4) return setError('请写清原因（至少4个字）')
    setError(undefined)
    setBusy(true)
    try {
      if (chosen === 'verify') await api.verifyEmployer(e.id, text || undefined)
      else if (chosen === 'suspend') await api.suspendEmployer(e.id, text)
      else await api.reinstateEmployer(e.id, text)
      Taro.showToast({ title: ACTIONS[chosen].done, icon: 'none' })
      setAction(undefined)
      setReason('')
      onDone()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='employer-card'>
      <Text className='item-title'>{e.name}</Text>
      <Text className='row'>
        {e.kind === 'organisation' ? '单位' : '个人'} · {countyName(e.countyCode) ?? e.countyCode} · {STATUS_NAMES[e.status]}
      </Text>
      {e.creditCode ? <Text className='row'>统一社会信用代码：{e.creditCode}</Text> : null}
      <Text className='row muted' data-testid='credit-check'>
        核对结果：{creditCodeCheck(e.creditCode)}
      </Text>
      <Text className='row'>
        联系人：{e.contactName} · {e.address}
      </Text>
      {e.statusReason ? <Text className='row muted'>上次说明：{e.statusReason}</Text> : null}
      <ErrorText>{error}</ErrorText>
      {action ? (
        <View>
          <Text className='label' id={`reason-${e.id}`}>
            {ACTIONS[action].reasonLabel}
          </Text>
          <Textarea
            className='input textarea'
            data-testid='reason'
            aria-labelledby={`reason-${e.id}`}
            value={reason}
            maxlength={500}
            onInput={(ev) => setReason(ev.detail.value)}
          />
          <Button className={`btn-main ${action === 'suspend' ? 'btn-danger' : ''}`} data-testid='confirm' disabled={busy} onClick={() => void submit(action)}>
            确定{ACTIONS[action].label}
          </Button>
          <Button className='btn-plain' data-testid='cancel' disabled={busy} onClick={() => setAction(undefined)}>
            取消
          </Button>
        </View>
      ) : (
        (Object.keys(ACTIONS) as Action[])
          .filter((a) => ACTIONS[a].allowed.includes(e.status))
          .map((a) => (
            <Button key={a} className={a === 'verify' ? 'btn-main' : 'btn-plain'} data-testid={a} onClick={() => setAction(a)}>
              {ACTIONS[a].label}…
            </Button>
          ))
      )}
    </View>
  )
}

/** The county's employers by status: verify new ones so they can post, suspend and reinstate with a reason. */
export default function EmployerReviewPage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [status, setStatus] = useState<EmployerStatus>('unverified')
  const [q, setQ] = useState('')
  const [items, setItems] = useState<EmployerProfile[]>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = async (filter: { status: EmployerStatus; countyCode?: string; q: string }, cursor?: string) => {
    setError(undefined)
    setBusy(true)
    try {
      const page = await api.employersForStaff({ status: filter.status, countyCode: filter.countyCode, q: filter.q.trim() || undefined, cursor })
      setItems((old) => (cursor ? [...(old ?? []), ...page.items] : page.items))
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const reload = (changes: Partial<{ status: EmployerStatus; countyCode?: string; q: string }> = {}) => {
    const filter = { status, countyCode: county.countyCode, q, ...changes }
    setItems(undefined)
    return load(filter)
  }

  useDidShow(() => {
    font.refresh()
    void reload()
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  const tab = STATUS_TABS.find((t) => t.status === status)!
  return (
    <View className='page operator-employers-page' style={font.style}>
      <StaffCountyPicker
        county={county}
        onPick={(code) => {
          county.pick(code)
          void reload({ countyCode: code })
        }}
      />
      <View className='row'>
        {STATUS_TABS.map((t) => (
          <Text
            key={t.status}
            className={`chip ${t.status === status ? 'chip-on' : ''}`}
            data-testid={`status-${t.status}`}
            onClick={() => {
              setStatus(t.status)
              void reload({ status: t.status })
            }}
          >
            {t.name}
          </Text>
        ))}
      </View>
      <Text className='row muted'>
        {scopeName(county)} · {tab.name}：{tab.hint}
      </Text>
      <Text className='label' id='employer-search'>
        按名称或信用代码查找
      </Text>
      <Input
        className='input'
        data-testid='search'
        aria-labelledby='employer-search'
        value={q}
        maxlength={50}
        onInput={(e) => setQ(e.detail.value)}
        onConfirm={() => void reload()}
      />
      <Button className='btn-plain' data-testid='search-go' onClick={() => void reload()}>
        查找
      </Button>
      <LoadState loading={!items && !error} error={items ? undefined : error} onRetry={() => void reload()} what='用工方' />
      {items ? <ErrorText>{error}</ErrorText> : null}
      {items && !items.length ? <Text className='row'>没有{tab.name}的用工方。</Text> : null}
      {(items ?? []).map((e) => (
        <EmployerCard key={e.id} employer={e} onDone={() => void reload()} />
      ))}
      <LoadMore cursor={nextCursor} busy={busy} onMore={() => void load({ status, countyCode: county.countyCode, q }, nextCursor)} />
    </View>
  )
}
