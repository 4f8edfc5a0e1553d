/**
 * Consent records: a storyteller's consent, its channels, identification level, languages,
 * audiences and expiry; withdrawal (full or by channel) and expiry, each producing a takedown
 * record. Owns the rule of what a consent covers; the story component asks it before approval
 * and publication, and takes content down when told a consent changed ({@link
 * org.hearth.consent.boundary.ConsentChanged}).
 */
package org.hearth.consent;
