import { describe } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'

const arrays: ScalarCase[] = [
  { kind: 'array', raw: '["vip","early-adopter"]', value: ['vip', 'early-adopter'] },
  { kind: 'array', raw: 'vip, early-adopter', value: ['vip', 'early-adopter'], fix: 'LIST_SPLIT' },
  { kind: 'array', raw: 'oss;kernel', value: ['oss', 'kernel'], fix: 'LIST_SPLIT' },
  { kind: 'array', raw: 'unix, c', value: ['unix', 'c'] },
  { kind: 'array', raw: 'research', value: ['research'] },
  { kind: 'array', raw: 'Smith, John; Doe, Jane', value: ['Smith, John', 'Doe, Jane'] },
  { kind: 'array', raw: 'a | b | | c', value: ['a', 'b', 'c'] },
  { kind: 'array', raw: '[a, b]', value: ['a', 'b'] },
  { kind: 'array', raw: '[1, 2, true]', value: ['1', '2', 'true'], fix: 'ARRAY_ITEMS_STRINGIFIED' },
  { kind: 'array', raw: '[" spaced "]', value: ['spaced'] },
  { kind: 'array', raw: '\'quoted\', "double"', value: ['quoted', 'double'], fix: 'LIST_ITEM_UNQUOTED' },
  { kind: 'array', raw: '[]', value: [] },
  { kind: 'array', raw: '[{"url":"x"}]', value: null, code: 'ARRAY_INVALID' },
  { kind: 'array', raw: '[["a"]]', value: null, code: 'ARRAY_INVALID' },
]

const json: ScalarCase[] = [
  { kind: 'json', raw: '{"key":"value","key2":"value2"}', value: { key: 'value', key2: 'value2' } },
  { kind: 'json', raw: '  {"erp": {"id": 42}} ', value: { erp: { id: 42 } } },
  { kind: 'json', raw: '[1, "two", null]', value: [1, 'two', null] },
  { kind: 'json', raw: '{"text":"a\u200Bb"}', value: { text: 'a\u200Bb' } },
  { kind: 'json', raw: '\u200D{"a":1}', value: { a: 1 } },
  // Twenty refuses a bare number or boolean, and a string that is not itself JSON (contract 10.6).
  { kind: 'json', raw: '42', value: null, code: 'JSON_SCALAR_REFUSED' },
  { kind: 'json', raw: '-1.5e3', value: null, code: 'JSON_SCALAR_REFUSED' },
  { kind: 'json', raw: '"just text"', value: null, code: 'JSON_SCALAR_REFUSED' },
  { kind: 'json', raw: 'true', value: null, code: 'JSON_SCALAR_REFUSED' },
  { kind: 'json', raw: 'false', value: null, code: 'JSON_SCALAR_REFUSED' },
  { kind: 'json', raw: '"{\\"a\\":1}"', value: '{"a":1}', code: 'JSON_SCALAR' },
  { kind: 'json', raw: 'null', value: null, code: 'JSON_SCALAR' },
  { kind: 'json', raw: '{a:1}', value: null, code: 'JSON_INVALID' },
  { kind: 'json', raw: '{"a":1,}', value: null, code: 'JSON_INVALID' },
  {
    kind: 'json',
    raw: "{'a': True, 'b': None}",
    value: null,
    code: 'JSON_INVALID',
    suggestion: '{"a": true, "b": null}',
  },
  { kind: 'json', raw: 'hello', value: null, code: 'JSON_INVALID' },
  { kind: 'json', raw: '  ', value: null },
]

const uuids: ScalarCase[] = [
  { kind: 'uuid', raw: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f', value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f' },
  {
    kind: 'uuid',
    raw: 'C776EE49-F608-4A77-8CC8-6FE96AE1E43F',
    value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    fix: 'UUID_LOWERCASED',
  },
  {
    kind: 'uuid',
    raw: '{c776ee49-f608-4a77-8cc8-6fe96ae1e43f}',
    value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    fix: 'UUID_WRAPPER_REMOVED',
  },
  {
    kind: 'uuid',
    raw: '{C776EE49-F608-4A77-8CC8-6FE96AE1E43F}',
    value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    fix: 'UUID_LOWERCASED',
  },
  {
    kind: 'uuid',
    raw: 'urn:uuid:c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    fix: 'UUID_WRAPPER_REMOVED',
  },
  {
    kind: 'uuid',
    raw: 'c776ee49f6084a778cc86fe96ae1e43f',
    value: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43f',
    fix: 'UUID_DASHES_ADDED',
  },
  { kind: 'uuid', raw: ' b0000000-0000-4000-8000-000000000045 ', value: 'b0000000-0000-4000-8000-000000000045' },
  { kind: 'uuid', raw: 'c776ee49-f608-4a77-8cc8-6fe96ae1e43', value: null, code: 'UUID_INVALID' },
  { kind: 'uuid', raw: 'g776ee49-f608-4a77-8cc8-6fe96ae1e43f', value: null, code: 'UUID_INVALID' },
  { kind: 'uuid', raw: '12345', value: null, code: 'UUID_INVALID' },
  // Twenty's UUID fields take versions 1-5 with variant 8/9/a/b (contract 10.5).
  { kind: 'uuid', raw: '6ba7b810-9dad-11d1-80b4-00c04fd430c8', value: '6ba7b810-9dad-11d1-80b4-00c04fd430c8' },
  { kind: 'uuid', raw: '886313e1-3b8a-5372-9b90-0c9aee199e5d', value: '886313e1-3b8a-5372-9b90-0c9aee199e5d' },
  { kind: 'uuid', raw: '01890a5d-ac96-774b-bcce-b302099a8057', value: null, code: 'UUID_VERSION_UNSUPPORTED' },
  { kind: 'uuid', raw: '00000000-0000-0000-0000-000000000000', value: null, code: 'UUID_VERSION_UNSUPPORTED' },
  { kind: 'uuid', raw: '{01890A5D-AC96-774B-BCCE-B302099A8057}', value: null, code: 'UUID_VERSION_UNSUPPORTED' },
  { kind: 'uuid', raw: 'c776ee49-f608-4a77-cc8f-6fe96ae1e43f', value: null, code: 'UUID_VERSION_UNSUPPORTED' },
]

describe('array', () => runCases(arrays))
describe('json', () => runCases(json))
describe('uuid', () => runCases(uuids))
