/** Something the visitor can fix or needs to know, with the HTTP status that says so. */
export class AccessFlowError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 410 | 503,
    /** A short code the pages use to pick their message (`?error=`). */
    readonly code: string,
  ) {
    super(message)
  }
}
