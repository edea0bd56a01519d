// The title a project gets when the lead names none. Apart from the lead's schema so that the screens that
// list leads still in the outbox do not load zod.

export function leadTitle(lead: { talentName: string; employer?: string | null; title?: string | null }): string {
  return lead.title ?? (lead.employer ? `${lead.talentName}（${lead.employer}）项目` : `${lead.talentName}项目`)
}
