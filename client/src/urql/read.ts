// A screen's read. It waits for the saved cache, so that what the phone saw last opens offline, and says
// whether it is loading, offline (no answer is not a failure: the saved data stays on screen) or refused by
// the server, in words the user can act on.
import { createQuery } from '@urql/solid'
import type { AnyVariables, RequestPolicy, TypedDocumentNode } from '@urql/core'
import { hydrated } from './client.ts'
import { errorMessage, isNetworkFailure } from './errors.ts'
import { t } from '../i18n/index.ts'

/** What the screens show of a read's state (shell/read-state.tsx, the leader's ScreenState). */
export interface ReadState {
  data: () => unknown
  /** Nothing to show yet: the saved cache or the server's answer is on its way. */
  loading: () => boolean
  /** The server could not be reached. */
  offline: () => boolean
  /** The server's refusal, in words; null when it answered, or could not be reached. */
  failed: () => string | null
}

/** The query's variables are asked for when it has a required one. */
type VariablesOption<Variables> =
  Partial<Variables> extends Variables ? { variables?: () => Variables } : { variables: () => Variables }

export type ReadOptions<Variables> = VariablesOption<Variables> & {
  /** Another reason to hold the query back (no search text yet), beside the saved cache still loading. */
  pause?: () => boolean
  requestPolicy?: RequestPolicy
}

export function createRead<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  ...[options]: Partial<Variables> extends Variables
    ? [options?: ReadOptions<Variables>]
    : [options: ReadOptions<Variables>]
) {
  const [result, refetch] = createQuery({
    query,
    variables: options?.variables,
    requestPolicy: options?.requestPolicy,
    pause: () => !hydrated() || options?.pause?.() === true,
  })
  return {
    /** urql's state of the query, for what a screen asks beyond these: `fetching`, the error itself. */
    result,
    refetch,
    data: () => result.data,
    loading: () => !result.data && (result.fetching || !hydrated()),
    offline: () => isNetworkFailure(result.error),
    failed: () =>
      result.error && !isNetworkFailure(result.error) ? errorMessage(result.error, t('error.unknown')) : null,
  }
}
