/**
 * The one data source, the Flyway migrations that own the schema, and the small converters every
 * entity shares. Nothing here knows about business components.
 */
package org.hearth.platform.persistence;
