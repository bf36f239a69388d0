import { APIError } from 'payload'

/**
 * A query the generated APIs refuse (400). It is the client's mistake, not the server's: logged at
 * info level (see `loggingLevels` in the plugin). The name is set by hand because Payload picks the
 * log level by `error.name`, and a minified build renames classes.
 */
export class QueryRefused extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'QueryRefused'
  }
}
