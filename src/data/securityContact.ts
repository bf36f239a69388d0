import type { SecurityContact } from '@/public-api/securityTxt'
import { getPayloadClient } from './payload'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'

/** The security contact for security.txt: its own address when set, else the general contact. */
export const readSecurityContact = publicQuery(
  'security-contact',
  [TAGS.trustCenter],
  async (): Promise<SecurityContact> => {
    const payload = await getPayloadClient()
    const settings = await payload.findGlobal({
      slug: 'trust-center',
      overrideAccess: false,
      depth: 0,
    })
    return {
      email: settings.securityContact || settings.contactEmail || null,
      policyUrl: settings.securityPolicyUrl || null,
      companyName: settings.companyName || null,
    }
  },
)
