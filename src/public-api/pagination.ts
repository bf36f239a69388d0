import type { ListQuery } from './query'

export type Pagination = {
  page: number
  limit: number
  totalItems: number
  totalPages: number
  hasNextPage: boolean
  hasPreviousPage: boolean
}

type ListBody<T> = {
  data: T[]
  pagination: Pagination
  links: { self: string; next: string | null; prev: string | null }
}

/** One page of `items`. Links are relative to the site and keep the request's other parameters. */
export function paginate<T>(
  items: T[],
  { limit, page }: Pick<ListQuery, 'limit' | 'page' | 'updatedSince'>,
  url: URL,
): ListBody<T> {
  const totalItems = items.length
  const totalPages = Math.ceil(totalItems / limit)
  const link = (target: number) => {
    const params = new URLSearchParams(url.search)
    params.set('page', String(target))
    return `${url.pathname}?${params}`
  }
  return {
    data: items.slice((page - 1) * limit, page * limit),
    pagination: {
      page,
      limit,
      totalItems,
      totalPages,
      hasNextPage: page < totalPages,
      hasPreviousPage: page > 1,
    },
    links: {
      self: link(page),
      next: page < totalPages ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, Math.max(totalPages, 1))) : null,
    },
  }
}

export const updatedSince = <T extends { updatedAt: string }>(
  items: T[],
  since: string | null,
): T[] => {
  if (!since) return items
  const from = Date.parse(since)
  return items.filter((item) => Date.parse(item.updatedAt) >= from)
}
