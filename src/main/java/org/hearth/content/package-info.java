/**
 * Content that arrives as files: the sample content in {@code content/} (and its copy bundled in
 * the jar), imported on the first start into an empty database, through the same entities and
 * rules as everything else. The format: Markdown with YAML front matter, plus YAML files.
 */
package org.hearth.content;
