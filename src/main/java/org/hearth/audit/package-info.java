/**
 * The audit log: an append-only record of who did what to what, and when — every workflow
 * transition, consent change, storyteller approval, withdrawal and takedown. Nothing updates or
 * deletes an event; organization admins read their organization's events, filter them, page
 * through them by keyset and export a selection as CSV (defused against spreadsheet formulas).
 */
package org.hearth.audit;
