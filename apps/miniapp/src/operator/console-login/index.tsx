import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { LoginTicket } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ticketFrom } from '../../services/console-login'
import { ErrorText } from '../../components/messages'
import { LoadState } from '../../components/load-state'
import '../common.scss'

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}

/** The staff member approves, on the phone they are signed in with, a console login they started at a PC. */
export default function ConsoleLoginApprovalPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [ticketId, setTicketId] = useState(() => ticketFrom(params))
  const [ticket, setTicket] = useState<LoginTicket>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [approved, setApproved] = useState(false)

  const load = (id = ticketId) => {
    if (!id) return
    setError(undefined)
    api.consoleLoginTicket(id).then(setTicket, (e) => setError(errorMessage(e)))
  }
  useEffect(() => load(), [ticketId])

  const scan = async () => {
    setError(undefined)
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const id = ticketFrom({ text: result.result })
      if (!id) return setError('这不是管理后台的登录二维码，请扫描电脑上显示的二维码。')
      setTicket(undefined)
      setApproved(false)
      setTicketId(id)
    } catch {
      // Cancelled: nothing to do.
    }
  }

  const approve = async () => {
    if (!ticketId) return
    setBusy(true)
    setError(undefined)
    try {
      await api.approveConsoleLogin(ticketId)
      setApproved(true)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page console-login-page' style={font.style}>
      <Text className='title'>批准登录管理后台</Text>
      {!ticketId ? (
        <View className='card'>
          <Text className='row'>请扫描电脑上管理后台登录页显示的二维码。</Text>
          <ErrorText>{error}</ErrorText>
          <Button className='btn-main' data-testid='scan' onClick={() => void scan()}>
            扫码
          </Button>
        </View>
      ) : approved ? (
        <View className='card' data-testid='approved'>
          <Text className='row'>✓ 已批准。请回到电脑上，输入身份验证器上的6位动态码完成登录。</Text>
          <Button className='btn-plain' data-testid='back' onClick={() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/mine/index' }))}>
            返回
          </Button>
        </View>
      ) : (
        <View>
          <LoadState loading={!ticket && !error} error={ticket ? undefined : error} onRetry={() => load()} what='登录请求' />
          {ticket ? (
            <View className='card' data-testid='ticket'>
              <Text className='row'>有一台电脑请求用您的工作人员账号登录管理后台：</Text>
              <Text className='row'>请求时间：{when(ticket.createdAt)}</Text>
              <Text className='row'>电脑地址：{ticket.requestedFrom.ip ?? '不详'}</Text>
              <Text className='row muted'>浏览器：{ticket.requestedFrom.userAgent?.slice(0, 80) ?? '不详'}</Text>
              {ticket.status === 'pending' ? (
                <View>
                  <Text className='row warning'>如果不是您本人刚在电脑上操作，请不要批准。</Text>
                  <ErrorText>{error}</ErrorText>
                  <Button className='btn-main' data-testid='approve' disabled={busy} onClick={() => void approve()}>
                    批准登录
                  </Button>
                </View>
              ) : (
                <Text className='row' data-testid='ticket-closed'>
                  {ticket.status === 'expired' ? '这个二维码已过期，请在电脑上换一个二维码再扫。' : '这个二维码已经用过了，请在电脑上换一个二维码再扫。'}
                </Text>
              )}
              <Button className='btn-plain' data-testid='scan-again' onClick={() => void scan()}>
                重新扫码
              </Button>
            </View>
          ) : null}
        </View>
      )}
    </View>
  )
}
