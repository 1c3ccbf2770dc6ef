import { describe } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'

const stage = {
  options: [
    { value: 'NEW', label: 'New' },
    { value: 'SCREENING', label: 'Screening' },
    { value: 'MEETING', label: 'Meeting' },
    { value: 'PROPOSAL', label: 'Proposal' },
    { value: 'CUSTOMER', label: 'Customer' },
  ],
}
const segment = {
  options: [
    { value: 'SMB', label: 'Small business' },
    { value: 'MID_MARKET', label: 'Mid-market' },
    { value: 'ENTERPRISE', label: 'Enterprise' },
  ],
}
const interests = {
  options: [
    { value: 'PRODUCT', label: 'Product' },
    { value: 'PRICING', label: 'Pricing' },
    { value: 'SUPPORT', label: 'Support' },
    { value: 'SALES_EMEA', label: 'Sales, EMEA' },
  ],
}
const clash = {
  options: [
    { value: 'A_B', label: 'A B' },
    { value: 'AB', label: 'Ab' },
  ],
}

const selects: ScalarCase[] = [
  { kind: 'select', raw: 'PROPOSAL', context: stage, value: 'PROPOSAL' },
  { kind: 'select', raw: 'Proposal', context: stage, value: 'PROPOSAL', fix: 'SELECT_LABEL_MAPPED' },
  { kind: 'select', raw: 'meeting', context: stage, value: 'MEETING', fix: 'SELECT_LABEL_MAPPED' },
  { kind: 'select', raw: ' Screening ', context: stage, value: 'SCREENING' },
  { kind: 'select', raw: 'Won', context: stage, value: null, code: 'SELECT_UNKNOWN_OPTION' },
  {
    kind: 'select',
    raw: 'Meetting',
    context: stage,
    value: null,
    code: 'SELECT_UNKNOWN_OPTION',
    suggestion: 'MEETING',
  },
  { kind: 'select', raw: 'Enterprise', context: segment, value: 'ENTERPRISE' },
  { kind: 'select', raw: 'Mid-market', context: segment, value: 'MID_MARKET', fix: 'SELECT_LABEL_MAPPED' },
  { kind: 'select', raw: 'mid-market', context: segment, value: 'MID_MARKET' },
  { kind: 'select', raw: 'MID MARKET', context: segment, value: 'MID_MARKET' },
  { kind: 'select', raw: 'mid_market', context: segment, value: 'MID_MARKET' },
  { kind: 'select', raw: 'smb', context: segment, value: 'SMB' },
  { kind: 'select', raw: 'SMB', context: segment, value: 'SMB' },
  { kind: 'select', raw: 'small business', context: segment, value: 'SMB' },
  {
    kind: 'select',
    raw: 'Entreprise',
    context: segment,
    value: null,
    code: 'SELECT_UNKNOWN_OPTION',
    suggestion: 'ENTERPRISE',
  },
  { kind: 'select', raw: 'Startup', context: segment, value: null, code: 'SELECT_UNKNOWN_OPTION' },
  { kind: 'select', raw: 'anything', value: null, code: 'SELECT_UNKNOWN_OPTION' },
  { kind: 'select', raw: 'a-b', context: clash, value: null, code: 'SELECT_AMBIGUOUS_OPTION' },
  { kind: 'select', raw: 'A_B', context: clash, value: 'A_B' },
  { kind: 'select', raw: '', context: stage, value: null },
]

const multi: ScalarCase[] = [
  { kind: 'multiSelect', raw: 'PRODUCT', context: interests, value: ['PRODUCT'] },
  {
    kind: 'multiSelect',
    raw: 'Product; Pricing',
    context: interests,
    value: ['PRODUCT', 'PRICING'],
    fix: 'LIST_SPLIT',
  },
  {
    kind: 'multiSelect',
    raw: 'Pricing, Support',
    context: interests,
    value: ['PRICING', 'SUPPORT'],
    fix: 'SELECT_LABEL_MAPPED',
  },
  { kind: 'multiSelect', raw: 'Product|Support', context: interests, value: ['PRODUCT', 'SUPPORT'] },
  { kind: 'multiSelect', raw: 'Product\nSupport', context: interests, value: ['PRODUCT', 'SUPPORT'] },
  { kind: 'multiSelect', raw: '"Product"', context: interests, value: ['PRODUCT'], fix: 'LIST_ITEM_UNQUOTED' },
  { kind: 'multiSelect', raw: '["PRODUCT","PRICING"]', context: interests, value: ['PRODUCT', 'PRICING'] },
  { kind: 'multiSelect', raw: '["Product", "support"]', context: interests, value: ['PRODUCT', 'SUPPORT'] },
  { kind: 'multiSelect', raw: '[Product, Pricing]', context: interests, value: ['PRODUCT', 'PRICING'] },
  { kind: 'multiSelect', raw: '[]', context: interests, value: [] },
  {
    kind: 'multiSelect',
    raw: 'Product, product, PRODUCT',
    context: interests,
    value: ['PRODUCT'],
    fix: 'LIST_DUPLICATE_REMOVED',
  },
  { kind: 'multiSelect', raw: 'Sales, EMEA', context: interests, value: ['SALES_EMEA'] },
  { kind: 'multiSelect', raw: 'Product;', context: interests, value: ['PRODUCT'] },
  { kind: 'multiSelect', raw: 'Product, Foo', context: interests, value: null, code: 'MULTI_SELECT_UNKNOWN_OPTION' },
  {
    kind: 'multiSelect',
    raw: 'Prodct, Pricing',
    context: interests,
    value: null,
    code: 'MULTI_SELECT_UNKNOWN_OPTION',
    suggestion: '["PRODUCT","PRICING"]',
  },
  { kind: 'multiSelect', raw: '[{"a":1}]', context: interests, value: null, code: 'MULTI_SELECT_UNKNOWN_OPTION' },
]

describe('select', () => runCases(selects))
describe('multi-select', () => runCases(multi))
