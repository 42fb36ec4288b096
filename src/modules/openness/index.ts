// Government openness (政务公开): the disclosure guide, the disclosure catalogue with its index
// numbers and internal-only categories, and (next) laws, fees, notices, applications for disclosure
// on statutory clocks and the annual report. Other modules use it only through what is exported here.

export { listEntries } from './catalogue/catalogue.service.ts';
export { CATALOGUE_SEARCH_SOURCE } from './catalogue/catalogue-search.ts';
export { loadOpennessDemoIfEmpty, seedOpennessDemo } from './demo.ts';
export { opennessModule } from './openness.module.ts';
export { registerOpennessLink } from './pages/openness-links.ts';
