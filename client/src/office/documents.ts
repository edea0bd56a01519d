// The office's account documents. They run online only: an account, a password or a deactivation must be
// decided by the server at once, never queued on a phone.
import { graphql } from '../graphql.ts'

export const AccountFields = graphql(`
  fragment AccountFields on User {
    id
    uuid
    login
    name
    role
    active
    mustChangePassword
    lastLoginAt
    version
    unit { id uuid name kind }
    loginLock { until lockedAddresses underAttack }
  }
`)

export const OfficeAccounts = graphql(
  `
    query OfficeAccounts($unitId: String, $active: Boolean, $search: String) {
      accounts(unitId: $unitId, active: $active, search: $search, first: 100) {
        edges { node { ...AccountFields } }
      }
      units { id uuid name code kind retiredAt version activeMembers }
    }
  `,
  [AccountFields],
)

export const OfficeCreateUser = graphql(
  `
    mutation OfficeCreateUser($input: CreateUserInput!) {
      createUser(input: $input) { oneTimePassword user { ...AccountFields } }
    }
  `,
  [AccountFields],
)

export const OfficeUpdateUser = graphql(
  `
    mutation OfficeUpdateUser($input: UpdateUserInput!) {
      updateUser(input: $input) { ...AccountFields }
    }
  `,
  [AccountFields],
)

export const OfficeResetPassword = graphql(
  `
    mutation OfficeResetPassword($input: ResetPasswordInput!) {
      resetPassword(input: $input) { oneTimePassword user { ...AccountFields } }
    }
  `,
  [AccountFields],
)

export const OfficeUnlockAccount = graphql(
  `
    mutation OfficeUnlockAccount($userId: String!) {
      unlockAccount(userId: $userId) { ...AccountFields }
    }
  `,
  [AccountFields],
)

export const OfficeCreateUnit = graphql(`
  mutation OfficeCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) { id uuid name code kind retiredAt version activeMembers }
  }
`)

export const OfficeUpdateUnit = graphql(`
  mutation OfficeUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) { id uuid name code kind retiredAt version activeMembers }
  }
`)
