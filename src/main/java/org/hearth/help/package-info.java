/**
 * Help resources: the hotlines and supports shown on every public page (the Canadian Human
 * Trafficking Hotline, 911, audience-specific supports), with hours, languages and the date each
 * was last verified. Managed by organization admins, never hard-coded.
 */
package org.hearth.help;
