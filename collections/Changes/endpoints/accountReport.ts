import { adminEndpoint } from '@/access/endpoints'
import { accountReport, accountReportCsv } from '@/notices/accountReport'

/** GET /api/changes/:id/accounts.csv: which customer accounts were notified or objected, for admins. */
export const accountReportEndpoint = adminEndpoint({
  path: '/:id/accounts.csv',
  method: 'get',
  what: 'export which customers were notified of a change',
  notFound: (id) => `There is no change notice with the id "${id}".`,
  run: async (req, id) => {
    const report = await accountReport(req.payload, id)
    return (
      report &&
      new Response(accountReportCsv(report), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="customers-notified-${id}.csv"`,
          'cache-control': 'no-store',
        },
      })
    )
  },
})
