import { Text, View } from '@tarojs/components'
import type { CountyItem } from '@lingong/shared'
import { ErrorText } from './messages'

interface CountyFieldProps {
  label: string
  counties: CountyItem[]
  value?: string
  onChange: (code: string) => void
  error?: string
}

/** One tap per county: large chips read more easily than a picker wheel, and say which one is chosen in words. */
export function CountyField({ label, counties, value, onChange, error }: CountyFieldProps) {
  return (
    <View className='field'>
      <Text className='label'>{label}</Text>
      {counties.map((county) => (
        <Text
          key={county.code}
          className={`chip ${value === county.code ? 'chip-on' : ''}`}
          data-testid={`county-${county.code}`}
          onClick={() => onChange(county.code)}
        >
          {value === county.code ? '✓ ' : ''}
          {county.name}
        </Text>
      ))}
      <ErrorText testId='countyCode-error'>{error}</ErrorText>
    </View>
  )
}
