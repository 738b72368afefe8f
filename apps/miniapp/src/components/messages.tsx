import { Text } from '@tarojs/components'

/** An error in words with a sign, never colour alone. */
export function ErrorText({ children, testId }: { children?: string; testId?: string }) {
  if (!children) return null
  return (
    <Text className='error' data-testid={testId ?? 'error'}>
      ⚠ {children}
    </Text>
  )
}

export function WarningText({ children, testId }: { children?: string; testId?: string }) {
  if (!children) return null
  return (
    <Text className='warning' data-testid={testId ?? 'warning'}>
      ！{children}
    </Text>
  )
}
