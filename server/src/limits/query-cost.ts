// What one request may ask for, read before any resolver runs, with the variables' values: armor's cost
// limit reads only literals (`first: $first` cost nothing) and counted every scalar, so the projects list at
// its own page limit (100) was refused while a nested page of pages passed with a variable.
//
// The cost counts records, as the SQL fetches them: each object once per row it is fetched for; a
// connection's page size multiplies what is asked of each node; a plain list counts as ten. Scalars are
// free: they come with their row.
import {
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import type { FieldProblem } from '../domain/errors.ts'
import { checkLengths } from './input-lengths.ts'

/** Every connection's maxSize (Pothos' default, and each connection's own option) and defaultSize. */
export const maxPageSize = 100
const defaultPageSize = 20
const listEstimate = 10
export const maxCost = 5000

export interface RequestReading {
  cost: number
  problems: FieldProblem[]
}

export function readOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): RequestReading | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined
  const root = operation && schema.getRootType(operation.operation)
  if (!operation || !root) return null
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  const fragmentCosts = new Map<string, number>()
  const problems: FieldProblem[] = []

  // Cost is linear in the multiplier, so a fragment is costed once, however often it is spread.
  const unitCost = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): number => {
    let cost = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += unitCost(
          selection.selectionSet,
          (selection.typeCondition && schema.getType(selection.typeCondition.name.value)) || parent,
        )
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments.get(name)
        const type = fragment && schema.getType(fragment.typeCondition.name.value)
        if (!fragment || !type || fragmentCosts.has(name)) {
          cost += fragmentCosts.get(name) ?? 0
          continue
        }
        fragmentCosts.set(name, 0)
        fragmentCosts.set(name, unitCost(fragment.selectionSet, type))
        cost += fragmentCosts.get(name)!
      } else {
        const field =
          selection.name.value.startsWith('__') || !('getFields' in parent)
            ? undefined
            : (parent.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined)
        if (!field) continue
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]),
        )
        for (const arg of field.args)
          checkLengths(args[arg.name], arg.type, arg.name, `${selection.name.value}.${arg.name}`, problems)
        if (!selection.selectionSet) continue
        const type = getNamedType(field.type)
        const count = isConnection(type)
          ? pageSize(args, selection.name.value, problems)
          : isList(field.type) && !isConnection(parent)
            ? listEstimate
            : 1
        cost += count * (1 + unitCost(selection.selectionSet, type))
      }
    }
    return cost
  }
  return { cost: unitCost(operation.selectionSet, root), problems }
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection')
const isList = (type: GraphQLField<unknown, unknown>['type']): boolean =>
  isListType(isNonNullType(type) ? type.ofType : type)

function pageSize(args: Record<string, unknown>, field: string, problems: FieldProblem[]): number {
  const { first, last } = args
  // The pairs no connection serves (Pothos' cursor connections refuse the last three while they run).
  for (const [one, other] of [
    ['first', 'last'],
    ['after', 'before'],
    ['after', 'last'],
    ['before', 'first'],
  ] as const) {
    if (args[one] != null && args[other] != null)
      problems.push({ field: `${field}.${one}`, message: `分页参数 ${one} 与 ${other} 不能同时使用` })
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (typeof value !== 'number') continue
    if (value < 0) problems.push({ field: `${field}.${name}`, message: `分页参数 ${name} 不能为负数` })
    if (value > maxPageSize)
      problems.push({ field: `${field}.${name}`, message: `每页最多 ${maxPageSize} 条（${name} 为 ${value}）` })
  }
  const asked = [first, last].find((value): value is number => typeof value === 'number')
  return asked === undefined ? defaultPageSize : Math.min(Math.max(asked, 0), maxPageSize)
}
