/**
 * Search: the full-text index of published stories (one document per language, analysed in that
 * language) and the public search API with snippets and facets. Owns only the index, which it
 * rebuilds from the database at start and keeps current from story visibility events, so it never
 * holds anything that is not public. The boundary ({@code Search}) speaks in the value types of
 * {@code entity} (request, result, facets); the Lucene index ({@code control}) stays its own.
 */
package org.hearth.search;
