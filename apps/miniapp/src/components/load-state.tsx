import { Button, Text, View } from '@tarojs/components'

/**
 * Never a blank screen: while the first answer is on its way a sentence says so; when it failed or
 * timed out, the reason in words and 重试. Renders nothing once there is something to show.
 */
export function LoadState({ loading, error, onRetry, what = '内容' }: { loading: boolean; error?: string; onRetry: () => void; what?: string }) {
  if (error) {
    return (
      <View className='card load-failed' data-testid='load-failed' role='alert'>
        <Text className='error'>⚠ {error}</Text>
        <Button className='btn-main' data-testid='retry' onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  if (!loading) return null
  return (
    <View className='card loading' data-testid='loading' role='status'>
      <Text className='row'>正在加载{what}，请稍等…</Text>
    </View>
  )
}

/** "load more" under a list that pages: the next page's cursor, or nothing when it was the last. */
export function LoadMore({ cursor, busy, onMore, testId = 'more' }: { cursor?: string; busy: boolean; onMore: () => void; testId?: string }) {
  if (!cursor) return null
  return (
    <Button className={`btn-plain ${busy ? 'is-busy' : ''}`} data-testid={testId} disabled={busy} onClick={onMore}>
      {busy ? '正在加载…' : '加载更多'}
    </Button>
  )
}
