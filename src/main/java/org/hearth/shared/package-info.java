/**
 * The shared kernel: the business exception hierarchy every component throws, and small value
 * types (codes, slugs, public ids) whose rules are the same everywhere.
 */
package org.hearth.shared;
