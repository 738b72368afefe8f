import { useState } from 'react'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { CheckinResponse } from '@lingong/shared'
import { api, ApiError, errorMessage, loadSession } from '../../services/api'
import { usePageFont } from '../../services/display'
import { sceneFromParams, sceneFromScan } from '../../services/checkin'
import { shanghaiTimeLabel } from '../../services/format'
import { locate } from '../../services/location'
import { ensureLogin } from '../../services/login-return'
import { ErrorText } from '../../components/messages'
import { PrivacyDialog } from '../../components/privacy-dialog'
import '../jobs/index.scss'

type State =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; checkin: CheckinResponse; marketName?: string }
  | { step: 'failed'; message: string }
  | { step: 'register'; message: string; resumeToken: string }
  | { step: 'login' }

const NO_CODE = '没有读到签到码，请对准市场门口屏幕上的二维码再扫一次。'

export default function CheckinPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [state, setState] = useState<State>({ step: 'idle' })

  const checkIn = async (token: string) => {
    setState({ step: 'working' })
    try {
      if (!loadSession()) {
        // A camera scan can be the first time the app opens: WeChat signs the worker in silently.
        if (process.env.TARO_ENV !== 'weapp') return setState({ step: 'login' })
        await api.wechatLogin()
      }
      let checkin: CheckinResponse
      try {
        checkin = await api.checkIn({ token })
      } catch (e) {
        // A printed poster code also needs the worker's position; ask for it only then.
        if (!(e instanceof ApiError && e.code === 'CHECKIN.LOCATION_REQUIRED')) throw e
        const here = await locate().catch(() => undefined)
        if (!here) throw e
        checkin = await api.checkIn({ token, lat: here.lat, lng: here.lng })
      }
      const market = await api.market(checkin.marketId).catch(() => undefined)
      setState({ step: 'done', checkin, marketName: market?.name })
    } catch (e) {
      const resumeToken = e instanceof ApiError && e.code === 'WORKER.NOT_REGISTERED' ? e.details.resumeToken : undefined
      if (typeof resumeToken === 'string') setState({ step: 'register', message: errorMessage(e), resumeToken })
      else setState({ step: 'failed', message: errorMessage(e) })
    }
  }

  useLoad(() => {
    const token = params.resume ? decodeURIComponent(params.resume) : sceneFromParams(params)
    if (token) void checkIn(token)
    // Opened from 找活's 扫码签到: straight to the camera.
    else if (params.scan && process.env.TARO_ENV === 'weapp') void scan()
  })

  const scan = async () => {
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const token = sceneFromScan(result)
      if (token) await checkIn(token)
      else setState({ step: 'failed', message: NO_CODE })
    } catch {
      // The worker closed the camera: nothing to say.
    }
  }

  const register = (resumeToken: string) => Taro.navigateTo({ url: `/worker/consent/index?resume=${encodeURIComponent(resumeToken)}` })

  return (
    <View className='page checkin-page' style={font.style}>
      <PrivacyDialog />
      {state.step === 'working' ? <Text className='checkin-result'>正在签到…</Text> : null}
      {state.step === 'done' ? (
        <View className='card' data-testid='checkin-done'>
          <Text className='checkin-result checkin-ok' data-testid='checkin-result'>
            {state.checkin.repeated ? '✓ 今天已签到' : '✓ 签到成功'}
          </Text>
          {state.marketName ? (
            <Text className='row' data-testid='checkin-market'>
              市场：{state.marketName}
            </Text>
          ) : null}
          <Text className='row' data-testid='checkin-time'>
            签到时间：{shanghaiTimeLabel(state.checkin.checkedInAt)}
          </Text>
          <Text className='row muted'>招工的老板能看到您今天在市场，会优先联系您。</Text>
          <Button className='btn-main' data-testid='see-jobs' onClick={() => Taro.switchTab({ url: '/pages/jobs/index' })}>
            看看附近的活
          </Button>
        </View>
      ) : null}
      {state.step === 'failed' ? <ErrorText testId='checkin-error'>{state.message}</ErrorText> : null}
      {state.step === 'register' ? (
        <View className='card'>
          <Text className='row' data-testid='checkin-register'>
            {state.message}
          </Text>
          <Button className='btn-main' data-testid='register-and-checkin' onClick={() => register(state.resumeToken)}>
            去登记（登记完自动签到）
          </Button>
        </View>
      ) : null}
      {state.step === 'login' ? (
        <View className='card'>
          <Text className='row' data-testid='checkin-login'>
            请先登录。登录后回到这里自动签到，不用再扫一次。
          </Text>
          <Button className='btn-main' data-testid='checkin-go-login' onClick={() => void ensureLogin()}>
            去登录
          </Button>
        </View>
      ) : null}
      {process.env.TARO_ENV === 'weapp' && state.step !== 'working' && state.step !== 'register' ? (
        <Button className={state.step === 'done' ? 'btn-plain' : 'btn-main'} data-testid='scan' onClick={scan}>
          扫码签到
        </Button>
      ) : null}
      {state.step === 'idle' && process.env.TARO_ENV !== 'weapp' ? <Text className='row'>请用微信扫描市场门口屏幕上的签到码。</Text> : null}
    </View>
  )
}
