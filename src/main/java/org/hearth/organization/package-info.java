/**
 * Organizations, the tenants of Hearth: each owns its projects, campaigns, stories, consents and
 * members, and no organization sees another's unpublished work.
 */
package org.hearth.organization;
