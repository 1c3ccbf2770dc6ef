import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { resolveMapping } from './resolve-mapping'

const targets = listTargets(findObject(DEFAULT_MODEL, 'opportunities')!, DEFAULT_MODEL)
const resolve = (headers: string[], columns: Record<string, string | null>) =>
  resolveMapping({
    headers,
    samples: headers.map(() => []),
    targets,
    objectName: 'opportunities',
    file: { object: 'opportunities', columns },
  })

describe('resolveMapping currency columns', () => {
  it('warns when an amount goes to a currency field with no currency column, as Twenty’s guide asks for both', () => {
    const { issues } = resolve(['Deal', 'Amount'], { Deal: 'name', Amount: 'amount.amountMicros' })
    expect(issues).toMatchObject([
      { code: 'CURRENCY_CODE_UNMAPPED', severity: 'warning', column: 'Amount', field: 'amount.amountMicros' },
    ])
  })

  it('is content when the currency code is mapped too', () => {
    const { issues } = resolve(['Amount', 'Currency'], {
      Amount: 'amount.amountMicros',
      Currency: 'amount.currencyCode',
    })
    expect(issues).toEqual([])
  })
})
