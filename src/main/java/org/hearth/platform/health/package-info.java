/** Health checks for {@code /health}: readiness follows the database, and says DOWN within seconds when it stops or hangs. */
package org.hearth.platform.health;
