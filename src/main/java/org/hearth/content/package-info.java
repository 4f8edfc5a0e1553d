/**
 * Content that arrives as files: the sample content in {@code content/} (and its copy bundled in
 * the jar), imported on the first start into an empty database, through the same entities and
 * rules as everything else.
 */
package org.hearth.content;
