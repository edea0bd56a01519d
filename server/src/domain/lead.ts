import { leadInput, type LeadInput } from '@talent/rules/lead'
import { parseInput } from './parse.ts'

/** Parses a lead or throws BAD_USER_INPUT with one Chinese message per wrong field. */
export function parseLead(raw: unknown): LeadInput {
  return parseInput(leadInput, raw)
}
