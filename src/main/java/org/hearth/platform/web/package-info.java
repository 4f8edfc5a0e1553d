/**
 * What the container shows when a request fails outside the pages' own handling: a readable page
 * in the reader's language (or the API's problem shape under {@code /api}), 503 with
 * {@code Retry-After} while the database is out, never a stack trace or a Java class name.
 */
package org.hearth.platform.web;
