import type { Endpoint } from 'payload'
import { hasRole } from '@/access'
import { accountReport, accountReportCsv } from '@/notices/accountReport'

const refuse = (status: number, message: string) =>
  Response.json({ message }, { status, headers: { 'cache-control': 'no-store' } })

/** GET /api/changes/:id/accounts.csv: which customer accounts were notified or objected, for admins. */
export const accountReportEndpoint: Endpoint = {
  path: '/:id/accounts.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in to the admin as an admin.')
    if (!hasRole(req.user, 'admin'))
      return refuse(403, 'Only admins can export which customers were notified of a change.')
    const id = String(req.routeParams?.id ?? '')
    const report = await accountReport(req.payload, id)
    if (!report) return refuse(404, `There is no change notice with the id "${id}".`)
    return new Response(accountReportCsv(report), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="customers-notified-${id}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
