// The suites' GraphQL documents are typed from the committed schema, as the PWA's are: a renamed field or
// input fails `pnpm typecheck` here too, instead of failing a test at run time (or not at all).
export { graphql, type ResultOf, type VariablesOf } from '../../client/src/graphql.ts'
