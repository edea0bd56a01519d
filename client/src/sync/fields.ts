// The fields of a write's input, as a form can show and edit them, and as the server's copy compares.
import { sourceChannels, sourceLabel, stageLabel, statusLabel, stages } from '../labels.ts'
import type { ProjectStatus, SourceChannel, Stage } from '../graphql.ts'
import { catalogues, locale, t, type MessageKey } from '../i18n/index.ts'
import { activityKindLabel, activityKinds, type ActivityKind } from '../staff/labels.ts'

export type FieldKind = 'text' | 'textarea' | 'number' | 'checkbox' | 'list' | 'date' | 'datetime' | 'select'

export interface EditableField {
  key: string
  kind: FieldKind
  options?: { value: string; label: string }[]
}

/** Ids, the write's own id and the version it is based on are not the user's to edit. */
export function isEditable(key: string): boolean {
  return !['clientMutationId', 'id', 'version'].includes(key) && !/Ids?$/.test(key)
}

/** Fields of type Date in the schema (the others holding times are DateTime). */
const dateFields = new Set(['expectedLandingDate', 'heldOn', 'registeredAt', 'firstRevenueAt', 'signedAt', 'spentOn'])
const longTexts = new Set(['note', 'notes', 'description', 'summary', 'nextStep', 'reason', 'resolution', 'conditions'])
const enumOptions: Record<string, () => { value: string; label: string }[]> = {
  sourceChannel: () => sourceChannels.map((value) => ({ value, label: sourceLabel(value) })),
  to: () => stages.map((value) => ({ value, label: stageLabel(value) })),
  // A follow-up's kind (logActivity, editActivity): the only writes with a `kind`.
  kind: () => activityKinds.map((value) => ({ value, label: activityKindLabel(value) })),
}

export function fieldOf(key: string, value: unknown): EditableField {
  const options = enumOptions[key]?.()
  if (options) return { key, kind: 'select', options }
  if (dateFields.has(key)) return { key, kind: 'date' }
  if (typeof value === 'number') return { key, kind: 'number' }
  if (typeof value === 'boolean') return { key, kind: 'checkbox' }
  if (Array.isArray(value)) return { key, kind: 'list' }
  if (/At$/.test(key)) return { key, kind: 'datetime' }
  if (longTexts.has(key) || (typeof value === 'string' && value.length > 60)) return { key, kind: 'textarea' }
  return { key, kind: 'text' }
}

export function editableFields(input: Record<string, unknown>): EditableField[] {
  return Object.entries(input)
    .filter(([key]) => isEditable(key))
    .map(([key, value]) => fieldOf(key, value))
}

/** The label of an input field: the form's own words where the app has them, else the field's name. */
export function fieldLabel(key: string): string {
  const messageKey = `sync.field.${key}`
  return messageKey in catalogues[locale()] ? t(messageKey as MessageKey) : key
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The value as an <input> holds it. */
export function toFormValue(field: EditableField, value: unknown): string | boolean {
  if (field.kind === 'checkbox') return value === true
  if (value === null || value === undefined) return ''
  if (field.kind === 'list') return Array.isArray(value) ? value.join('，') : String(value)
  if (field.kind === 'date') return String(value).slice(0, 10)
  if (field.kind === 'datetime') {
    const date = new Date(String(value))
    if (Number.isNaN(date.getTime())) return String(value)
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`
  }
  return String(value)
}

/** The value to send back: an empty box is null (not given), lists split on commas, times as ISO. */
export function fromFormValue(field: EditableField, raw: string | boolean): unknown {
  if (field.kind === 'checkbox') return raw === true
  const value = String(raw).trim()
  if (!value) return field.kind === 'list' ? [] : null
  if (field.kind === 'number') return Number.isFinite(Number(value)) ? Number(value) : value
  if (field.kind === 'list') return value.split(/[,，、]\s*/).filter(Boolean)
  if (field.kind === 'datetime') {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? value : date.toISOString()
  }
  return value
}

/** The server's value in the shape the write sends (a Date field as YYYY-MM-DD, a decimal as text). */
export function likeInput(key: string, mine: unknown, theirs: unknown): unknown {
  if (theirs === null || theirs === undefined) return null
  if (dateFields.has(key) && typeof theirs === 'string') return theirs.slice(0, 10)
  if (typeof mine === 'string' && typeof theirs === 'number') return String(theirs)
  return theirs
}

/** Whether my value and the server's say the same (dates by day, amounts by number). */
export function sameValue(key: string, mine: unknown, theirs: unknown): boolean {
  const a = mine === undefined || mine === '' ? null : mine
  const b = likeInput(key, mine, theirs)
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a.trim() !== '' &&
    !Number.isNaN(Number(a)) &&
    !Number.isNaN(Number(b))
  )
    return Number(a) === Number(b)
  if (typeof a === 'string' && typeof b === 'string' && /At$/.test(key))
    return new Date(a).getTime() === new Date(b).getTime()
  return JSON.stringify(a) === JSON.stringify(b)
}

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** A value as a person reads it: labels for codes, Beijing time, （空） for nothing. */
export function displayValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length))
    return t('sync.value.empty')
  if (typeof value === 'boolean') return value ? t('sync.value.yes') : t('sync.value.no')
  if (Array.isArray(value)) return value.join('、')
  if (key === 'sourceChannel' && sourceChannels.includes(value as SourceChannel))
    return sourceLabel(value as SourceChannel)
  if ((key === 'stage' || key === 'to') && stages.includes(value as Stage)) return stageLabel(value as Stage)
  if (key === 'kind' && activityKinds.includes(value as ActivityKind)) return activityKindLabel(value as ActivityKind)
  if (key === 'status' && ['ACTIVE', 'ON_HOLD', 'LOST'].includes(String(value)))
    return statusLabel(value as ProjectStatus)
  if (dateFields.has(key)) return String(value).slice(0, 10)
  if (/At$/.test(key) && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return timeFormat.format(new Date(value))
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
