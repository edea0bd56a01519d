// How the dashboard writes its numbers, and the years a leader can pick.
import { countyParts } from '../format.ts'
import { t } from '../i18n/index.ts'

export type UnitKind = 'PARK' | 'TOWN' | 'DEPARTMENT' | 'OFFICE'
export const unitKinds: readonly UnitKind[] = ['PARK', 'TOWN', 'DEPARTMENT']

/** Up to two decimals, without trailing zeros: 12.5, 3, 0.33. */
export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100)
}

/** 0.625 → 62.5% (one decimal); null → —. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 1000) / 10}%`
}

export const unitKindLabel = (kind: UnitKind) => t(`leader.unitKind.${kind}`)

/** The assessment year the county is in (Beijing time). */
export const currentYear = (now = new Date()) => countyParts(now).year

/** This year and the four before it, newest first. */
export const pickableYears = (now = new Date()) => Array.from({ length: 5 }, (_, i) => currentYear(now) - i)
