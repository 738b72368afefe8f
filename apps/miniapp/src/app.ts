import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installFieldLabels } from './services/field-labels'
import { installPrivacyHandler } from './services/privacy'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler()
    installFieldLabels()
  })
  return children
}

export default App
