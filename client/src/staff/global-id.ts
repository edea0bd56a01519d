// The API's node ids are Pothos' global ids, base64 of "Type:uuid"; mutations and filters take the uuid.
// Screens link by uuid (the id a phone makes for its own records), and ask node(id) with the global id.

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return uuidShape.test(value)
}

export function globalIdOf(typename: string, uuid: string): string {
  return btoa(`${typename}:${uuid}`)
}

/** The uuid inside a global id, or null when it is not one of `typename`. */
export function uuidOfGlobalId(globalId: string, typename: string): string | null {
  try {
    const [type, uuid] = atob(globalId).split(':')
    return type === typename && uuid && isUuid(uuid) ? uuid : null
  } catch {
    return null
  }
}

/** A route's project id, uuid or global id, as both. */
export function projectIds(param: string): { uuid: string | null; nodeId: string } {
  if (isUuid(param)) return { uuid: param.toLowerCase(), nodeId: globalIdOf('Project', param.toLowerCase()) }
  return { uuid: uuidOfGlobalId(param, 'Project'), nodeId: param }
}
