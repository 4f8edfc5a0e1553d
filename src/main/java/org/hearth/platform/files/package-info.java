/**
 * Files that must agree with the database: written to a temporary name, synced and renamed into
 * place before the row that names them commits, removed again when that transaction rolls back,
 * and swept at start-up when a crash left one behind. Consent evidence uses it today; media will.
 */
package org.hearth.platform.files;
