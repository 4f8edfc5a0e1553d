/**
 * Start-up order and the settings Hearth reads through MicroProfile Config ({@code HEARTH_*}
 * environment variables), each with a documented default.
 */
package org.hearth.platform.config;
