// The Node flags the server runs with, wherever it is started (`pnpm start`, the bench's servers).
// A page of GraphQL makes thousands of short-lived objects; a 32 MB young generation (Node 20's default
// is 16 MB) scavenges half as often. Measured in bench/README.md ("What these figures decided").
const serverNodeFlags = ['--max-semi-space-size=32']

/** `env` with the flags added to NODE_OPTIONS, so that they reach the server process and any it starts. */
export function withServerNodeFlags(env) {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, ...serverNodeFlags].filter(Boolean).join(' ') }
}
