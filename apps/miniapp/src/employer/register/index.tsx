import { useState } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { CountyItem, EmployerProfile } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { ErrorText } from '../../components/messages'
import { EmployerForm } from '../../components/employer-form'
import './index.scss'

const RESULT: Record<EmployerProfile['status'], string> = {
  unverified: '登记成功。市场工作人员核实后，您发布的招工信息会更快通过审核。',
  pending_review: '已提交。统一社会信用代码需要人工审核，审核结果会显示在“我的”里。',
  verified: '登记成功，已核实。',
  suspended: '您的用工方账号已被暂停，原因见“我的”。',
}

export default function EmployerRegisterPage() {
  const font = usePageFont()
  const [counties, setCounties] = useState<CountyItem[]>()
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState<EmployerProfile>()

  useLoad(() => {
    api.counties().then(
      (c) => setCounties(c.items),
      (e) => setError(errorMessage(e)),
    )
  })

  return (
    <View className='page register-page' style={font.style}>
      <Text className='title'>登记为用工方</Text>
      <Text className='row muted'>招工不收求职者任何费用；不得扣押身份证、收取押金。</Text>
      <ErrorText>{error}</ErrorText>
      {saved ? (
        <View className='card'>
          <Text className='row' data-testid='employer-result'>
            {RESULT[saved.status]}
          </Text>
          {saved.status === 'suspended' ? null : (
            <Button className='btn-main' data-testid='next-post' onClick={() => Taro.redirectTo({ url: '/employer/post/index' })}>
              发布招工
            </Button>
          )}
          <Button className='btn-plain' data-testid='next-mine' onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
            回到“我的”
          </Button>
        </View>
      ) : counties ? (
        <EmployerForm
          counties={counties}
          onSubmit={async (input) => {
            setSaved(await api.saveEmployer(input))
            Taro.showToast({ title: '已提交', icon: 'success' })
          }}
        />
      ) : null}
    </View>
  )
}
