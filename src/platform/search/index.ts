// Site search (站内搜索) for every module: a module declares a source (defineSearchSource) — its type
// label, who may see its documents — registers it when it registers, and indexes its rows in its own
// transactions; searchSite finds the documents of every source, ranked, highlighted, with their type.
// Chinese is segmented by jieba with the forestry dictionary; the index is a tsvector with a GIN
// index and month tokens (the same on PGlite and PostgreSQL).
export { highlight, type Piece, piecesToHtml, snippet } from './highlight.ts';
export { COUNT_CAP, MONTH_TOKEN, searchDocumentsPage } from './search.repository.ts';
export {
  countSearchDocuments,
  defineSearchSource,
  indexSearchDocuments,
  listSearchSources,
  MAX_QUERY_LENGTH,
  rebuildSearchSource,
  registerSearchSource,
  removeSearchDocuments,
  type SearchDocumentInput,
  type SearchHit,
  type SearchInput,
  type SearchResult,
  type SearchSource,
  searchSite,
} from './search.service.ts';
export { SEARCH_AUDIENCES, type SearchAudience, searchDocuments } from './search.table.ts';
export { FORESTRY_TERMS, queryTerms, segment, segmentedText, segmentForIndex } from './segment.ts';
