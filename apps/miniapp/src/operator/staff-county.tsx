import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { countyName, HEZE_COUNTIES } from '@lingong/shared'
import { loadSession } from '../services/api'

const KEY = 'lingong.staffCounty'

export interface StaffCounty {
  /** The city's admin may look at any county; an operator is fixed to their own. */
  canPick: boolean
  /** The county the lists are narrowed to; undefined is the admin's whole city. */
  countyCode?: string
  pick: (code?: string) => void
}

/**
 * The county the three staff pages show. The admin's choice is remembered across the pages (pick a
 * county once, then go through its queue, reviews and check-ins); an operator's is their own county.
 */
export function useStaffCounty(): StaffCounty {
  const user = loadSession()?.user
  const canPick = !!user?.roles.includes('admin')
  const [chosen, setChosen] = useState<string | undefined>(() => (canPick ? (Taro.getStorageSync(KEY) as string) || undefined : undefined))
  return {
    canPick,
    countyCode: canPick ? chosen : user?.countyCode,
    pick: (code?: string) => {
      if (!canPick) return
      if (code) Taro.setStorageSync(KEY, code)
      else Taro.removeStorageSync(KEY)
      setChosen(code)
    },
  }
}

/** The place name of the lists' scope, for headings ("巨野县的投诉", "全市的投诉"). */
export function scopeName(county: StaffCounty): string {
  return county.countyCode ? (countyName(county.countyCode) ?? county.countyCode) : '全市'
}

/** Chips for the admin; a plain line for an operator, whose county cannot change. */
export function StaffCountyPicker({ county, onPick }: { county: StaffCounty; onPick: (code?: string) => void }) {
  if (!county.canPick) {
    return (
      <Text className='row muted' data-testid='staff-county-fixed'>
        所属：{scopeName(county)}
      </Text>
    )
  }
  const chip = (code: string | undefined, label: string) => {
    const on = county.countyCode === code
    return (
      <Text key={code ?? 'all'} className={`chip ${on ? 'chip-on' : ''}`} data-testid={`staff-county-${code ?? 'all'}`} onClick={() => onPick(code)}>
        {on ? '✓ ' : ''}
        {label}
      </Text>
    )
  }
  return (
    <View className='field' data-testid='staff-county-picker'>
      <Text className='label'>看哪个县（区）</Text>
      {chip(undefined, '全市')}
      {HEZE_COUNTIES.map((c) => chip(c.code, c.name))}
    </View>
  )
}
