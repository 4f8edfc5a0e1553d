/**
 * Search: the full-text index of published stories (one document per language, analysed in that
 * language) and the public search API with snippets and facets. Owns only the index, which it
 * rebuilds from the database at start and keeps current from story visibility events, so it never
 * holds anything that is not public.
 */
package org.hearth.search;
