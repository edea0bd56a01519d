// How long a field of a write may be, and what a 万元 amount looks like: the server's schemas refuse more
// (server/src/domain), and the phone's forms say so before a write waits in the outbox, from the same numbers.
// Apart from the schemas (and zod) so that the forms load nothing more than these. The lead's are in lead.ts.

/** A project's details, as created, edited or imported from the 台账; a tag is one of at most `tags`. */
export const projectLimits = { title: 100, industry: 50, referrer: 100, description: 2000, tag: 20, tags: 20 } as const

export const followUpLimits = { summary: 2000, nextStep: 500, participants: 200, location: 200 } as const

export const signingLimits = { supportOther: 500, conditions: 2000 } as const

export const landingLimits = { companyName: 100, carrier: 100 } as const

export const supportRequestLimits = { description: 2000 } as const

/** A reason the audit log keeps: a move back, a pause, a refusal, a reassignment, a look at a contact. */
export const reasonLimit = 500

/** A 万元 amount: a decimal of at most twelve digits and two decimals, not negative. */
export const amountPattern = /^\d{1,12}(\.\d{1,2})?$/
