// Public surface of auto-mapping: suggestMapping and the types it speaks. Everything else here is internal.
export { suggestMapping } from './suggest-mapping'
export type { MappingCandidate, MappingSuggestion, SuggestMappingInput } from './mapping-suggestion'
