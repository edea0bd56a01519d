// Typed documents for the talent office's accounts and units, and for changing one's own password.
import { graphql } from './graphql.ts'

export const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      uuid
      name
      code
      kind
      version
      retiredAt
    }
  }
`)

export const UpdateUnit = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      uuid
      name
      version
      retiredAt
      activeMembers
    }
  }
`)

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user {
        uuid
        login
        role
        active
        mustChangePassword
        version
      }
    }
  }
`)

export const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      uuid
      name
      role
      active
      version
      unit {
        uuid
      }
    }
  }
`)

export const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      oneTimePassword
      user {
        uuid
        mustChangePassword
        version
      }
    }
  }
`)

export const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      uuid
      mustChangePassword
    }
  }
`)

export const Me = graphql(`
  query Me {
    me {
      uuid
      role
      mustChangePassword
      unit {
        uuid
      }
    }
  }
`)

export const Accounts = graphql(`
  query Accounts($unitId: String, $role: Role, $active: Boolean, $search: String) {
    accounts(unitId: $unitId, role: $role, active: $active, search: $search, first: 100) {
      edges {
        node {
          uuid
          login
          name
          role
          active
          lastLoginAt
        }
      }
    }
  }
`)

/** A read every signed-in role may make: what a user who must change their password is refused. */
export const UnitsRead = graphql(`
  query UnitsRead {
    units {
      uuid
    }
  }
`)
