import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installH5Accessibility } from './services/h5-accessibility'
import { installPrivacyHandler } from './services/privacy'
import './app.scss'

// The browser build's first screen is 找活: its code comes with the app's own instead of one more
// round trip after it (on a slow network that trip is a second). WeChat has it in the main package.
if (process.env.TARO_ENV === 'h5') require('./pages/jobs/index')

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler()
    installH5Accessibility()
  })
  return children
}

export default App
