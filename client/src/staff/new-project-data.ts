// What 为该人才新建项目 reads of the talent: what names the project, and whether another unit's claim can be
// checked (a number the user sees in full) or the talent withdrew consent. The project card's talent and a
// search result carry the same fields, so the screen opens from the phone's cache without signal.
import { graphql } from '../graphql.ts'

export const NewProjectTalentQuery = graphql(`
  query StaffNewProjectTalent($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Talent { uuid name employer field phone phoneMasked consentWithdrawnAt }
    }
  }
`)

/** Who may open a project (createProject's roles, server/src/schema/project/project-mutation.ts). */
export const projectOpeners: ReadonlySet<string> = new Set(['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])

/** Where 为该人才新建项目 opens for a talent, by its uuid. */
export const newProjectPath = (talentUuid: string) => `/talents/${talentUuid}/new-project`
