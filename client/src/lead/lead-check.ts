// While a lead is typed in: whether the server already knows this person, and whether another unit follows
// them (then createLead would be refused with CLAIMED). Asked only online and after typing pauses; offline,
// the form says the check happens when the lead is sent.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js'
import type { Client } from '@urql/core'
import { graphql } from '../graphql.ts'
import { online } from '../network.ts'
import { leadLimits } from '@talent/rules/lead'
import { normalizePhone } from '@talent/rules/phone'
import type { LeadForm } from './validate.ts'

export const PossibleDuplicatesQuery = graphql(`
  query LeadPossibleDuplicates($name: String!, $phone: String, $employer: String) {
    possibleDuplicateTalents(name: $name, phone: $phone, employer: $employer) {
      name
      employer
      followedBy
    }
  }
`)

export interface LeadMatch {
  name: string
  employer: string | null
  followedBy: string[]
}

export type LeadCheck =
  | { kind: 'idle' }
  | { kind: 'offline' }
  | { kind: 'clear' }
  /** Another unit follows this person: the server would refuse the lead. */
  | { kind: 'claimed'; units: string[] }
  /** Known already, followed by no other unit: the lead may be saved, the user should know. */
  | { kind: 'duplicates'; matches: LeadMatch[] }

const debounceMs = 600

/** What to ask about: a name, and a valid phone or an employer (the server matches on nothing else). */
export function checkVariables(form: Pick<LeadForm, 'talentName' | 'phone' | 'employer'>) {
  const name = form.talentName.trim()
  const phone = normalizePhone(form.phone)
  const employer = form.employer.trim()
  if (!name || name.length > leadLimits.talentName || employer.length > leadLimits.employer) return null
  if (!phone && !employer) return null
  return { name, phone, employer: employer || null }
}

/** The answer in the form's terms; `ownUnit`'s own following is no claim against it. */
export function leadCheckOf(matches: LeadMatch[], ownUnit: string | undefined): LeadCheck {
  const others = [...new Set(matches.flatMap((match) => match.followedBy.filter((unit) => unit !== ownUnit)))]
  if (others.length) return { kind: 'claimed', units: others }
  return matches.length ? { kind: 'duplicates', matches } : { kind: 'clear' }
}

export function createLeadCheck(
  form: Accessor<Pick<LeadForm, 'talentName' | 'phone' | 'employer'>>,
  ownUnit: Accessor<string | undefined>,
  client: Client,
): Accessor<LeadCheck> {
  const [check, setCheck] = createSignal<LeadCheck>({ kind: 'idle' })
  createEffect(() => {
    const variables = checkVariables(form())
    if (!variables) return setCheck({ kind: 'idle' })
    if (!online()) return setCheck({ kind: 'offline' })
    let current = true
    const timer = setTimeout(() => {
      client
        .query(PossibleDuplicatesQuery, variables, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (!current) return
          // A failed check (lost signal, an error) says nothing: the server still checks when the lead is sent.
          const matches = result.data?.possibleDuplicateTalents
          setCheck(matches ? leadCheckOf(matches, ownUnit()) : online() ? { kind: 'idle' } : { kind: 'offline' })
        })
    }, debounceMs)
    onCleanup(() => {
      current = false
      clearTimeout(timer)
    })
  })
  return check
}
