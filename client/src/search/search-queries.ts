// What 搜索 asks: talents and projects by one text. Each text's answer stays in graphcache (IndexedDB),
// so a search made before can be read again without signal.
import { graphql } from '../graphql.ts'

export const SearchTalentsQuery = graphql(`
  query SearchTalents($text: String!) {
    talents(first: 20, search: $text) {
      edges {
        node {
          id
          uuid
          name
          employer
          field
          phone
          phoneMasked
          consentWithdrawnAt
          talentClass
          projects { id uuid title stage }
        }
      }
    }
  }
`)

export const SearchProjectsQuery = graphql(`
  query SearchProjects($text: String!) {
    projects(first: 20, search: $text) {
      edges {
        node {
          id
          uuid
          title
          stage
          status
          talent { id name employer }
          unit { id name }
          owner { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`)

const recentKey = 'tp.recentSearches'

/** The last few texts searched on this phone (this user's: cleared with the cache at sign-out). */
export function recentSearches(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(recentKey) ?? '[]') as unknown
    return Array.isArray(saved) ? saved.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

export function rememberSearch(text: string): string[] {
  const next = [text, ...recentSearches().filter((item) => item !== text)].slice(0, 8)
  try {
    localStorage.setItem(recentKey, JSON.stringify(next))
  } catch {
    // Storage full or refused: the list is only a convenience.
  }
  return next
}
