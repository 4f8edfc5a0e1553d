/**
 * Pre-publish checks: the hints an editor sees before publishing (likely personal details,
 * discouraged terms, uncited statistics, missing content notes and alt text, long sentences).
 * Pure rules over a {@link org.hearth.checks.CheckedText}, with no container dependencies; they
 * only warn and never block publishing. Owns the editable terminology seed list and the check
 * messages (English and French).
 */
package org.hearth.checks;
