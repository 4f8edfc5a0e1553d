/** Health checks for {@code /health}: readiness follows the database. */
package org.hearth.platform.health;
