// A worker asked to stop (SIGTERM, SIGINT: scripts/worker.ts) finishes what it holds quickly: the
// long task, sending a change's notices, checks this between batches, stops there, and queues the
// rest as a new job (its claims make sure nobody is emailed twice).
let requested = false

export function requestShutdown(): void {
  requested = true
}

export function shutdownRequested(): boolean {
  return requested
}
