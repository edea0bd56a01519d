// The 三色 light as a dot with its meaning for screen readers (colour alone says nothing to them).
import { lightLabel, type Light } from './labels.ts'
import './staff.css'

export function LightDot(props: { light: Light }) {
  return (
    <span
      class={`light light-${props.light.toLowerCase()}`}
      role="img"
      aria-label={lightLabel(props.light)}
      title={lightLabel(props.light)}
    />
  )
}
