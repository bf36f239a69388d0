// A fixed-window counter per key (client address), in this server's memory. Enough for one
// instance; behind several instances, put the limit in the proxy in front as well (README).
const windows = new Map<string, { count: number; resetAt: number }>()

export function rateLimit(key: string, limit: number, windowMs: number, now = Date.now()) {
  const current = windows.get(key)
  if (!current || current.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + windowMs })
    if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k)
    return { allowed: true, retryAfterSeconds: 0 }
  }
  current.count++
  return {
    allowed: current.count <= limit,
    retryAfterSeconds: Math.ceil((current.resetAt - now) / 1000),
  }
}

/** The client's address: the first X-Forwarded-For hop set by the proxy, else X-Real-IP. */
export function clientKey(headers: Headers): string {
  return (
    headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
  )
}
