// Where "enable push on this phone" goes: the Web Push channel (its own branch) fills this component with the
// permission prompt and the subscription. Until then it shows nothing.
export function PushEnableSlot(_props: { available: boolean }) {
  return null
}
