/**
 * The content folder format (Markdown with YAML front matter, plus YAML files): importing it into
 * an empty database, as on the first start with the sample content.
 */
package org.hearth.content;
