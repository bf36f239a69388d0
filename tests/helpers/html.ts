// Reading server-rendered HTML as a visitor sees it, independently of the app's own code.

/** Dates as a reader sees them: day month year, in UTC. */
export const longDate = (iso: string | number) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso))

export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Visible text of an HTML fragment, whitespace collapsed. */
export const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()

/** The HTML without scripts (React's payload repeats the page's content inside them). */
export const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '')

/** The opening tag of the element with this id. */
export const tagWithId = (html: string, id: string) =>
  html.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`))?.[0] ?? ''
