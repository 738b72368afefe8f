// Host-element stand-ins for @tarojs/components in jsdom: enough of each component's props for the
// forms (className, data-*, value, events with Taro's `detail` shape).
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode; className?: string }

function passThrough(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className' || key === 'id' || key === 'style' || key.startsWith('data-')) out[key] = value
  }
  return out
}

export function View(props: Props) {
  return createElement('div', { ...passThrough(props), onClick: props.onClick }, props.children)
}

export function Text(props: Props) {
  return createElement('span', { ...passThrough(props), onClick: props.onClick }, props.children)
}

export function Button(props: Props) {
  return createElement(
    'button',
    { ...passThrough(props), type: 'button', disabled: Boolean(props.disabled), 'data-open-type': props.openType, onClick: props.onClick },
    props.children,
  )
}

export function Input(props: Props) {
  const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined
  return createElement('input', {
    ...passThrough(props),
    value: (props.value as string) ?? '',
    placeholder: props.placeholder,
    maxLength: props.maxlength,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
    onBlur: props.onBlur,
  })
}

export function Switch(props: Props) {
  const onChange = props.onChange as ((e: { detail: { value: boolean } }) => void) | undefined
  return createElement('input', {
    ...passThrough(props),
    type: 'checkbox',
    checked: Boolean(props.checked),
    onChange: (e: { target: { checked: boolean } }) => onChange?.({ detail: { value: e.target.checked } }),
  })
}

export function Textarea(props: Props) {
  const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined
  return createElement('textarea', {
    ...passThrough(props),
    value: (props.value as string) ?? '',
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
  })
}

type MarkerStandIn = { id?: number; title?: string; ariaLabel?: string; callout?: { content: string } }
type MarkerTap = (e: { detail: { markerId: number } }) => void

/** WeChat's map: each marker a button (tap → onMarkerTap) with its callout as a second button (→ onCalloutTap); `map-fail` fires onError. */
export function Map(props: Props) {
  const markers = (props.markers as MarkerStandIn[] | undefined) ?? []
  const onMarkerTap = props.onMarkerTap as MarkerTap | undefined
  const onCalloutTap = props.onCalloutTap as MarkerTap | undefined
  const onError = props.onError as (() => void) | undefined
  return createElement(
    'div',
    { ...passThrough(props), 'data-latitude': props.latitude, 'data-longitude': props.longitude },
    createElement('button', { type: 'button', 'data-testid': 'map-fail', onClick: () => onError?.() }, 'fail'),
    markers.map((m) =>
      createElement(
        'div',
        { key: m.id },
        createElement(
          'button',
          {
            type: 'button',
            'data-testid': `marker-${m.id}`,
            'aria-label': m.ariaLabel,
            onClick: () => onMarkerTap?.({ detail: { markerId: m.id as number } }),
          },
          m.title ?? '',
        ),
        m.callout
          ? createElement(
              'button',
              { type: 'button', 'data-testid': `callout-${m.id}`, onClick: () => onCalloutTap?.({ detail: { markerId: m.id as number } }) },
              m.callout.content,
            )
          : null,
      ),
    ),
  )
}

export function Image(props: Props) {
  return createElement('img', { ...passThrough(props), src: props.src, onClick: props.onClick })
}
