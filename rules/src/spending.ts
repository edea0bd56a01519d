// 人才投入 as a unit types it: the phone checks these before the record waits in the outbox, and the server
// parses the same rules when it arrives, so nothing the phone accepted is refused for its shape.
import { amountPattern } from './limits.ts'

export const spendingLimits = { purpose: 200 } as const

/** A spending amount in 万元: more than zero, at most two decimals (the column is numeric(14, 2)). */
export function spendingAmountOk(text: string): boolean {
  const value = text.trim()
  return amountPattern.test(value) && Number(value) > 0
}
