import { SubprocessorsView, subprocessorsMetadata } from './SubprocessorsView'

// Static: the unfiltered list, regenerated when a hook expires its cache tags. Requests with query
// parameters are rewritten by proxy.ts to /subprocessors-filtered, which renders per request.
export const generateMetadata = subprocessorsMetadata

export default function SubprocessorsPage() {
  return <SubprocessorsView params={{}} />
}
