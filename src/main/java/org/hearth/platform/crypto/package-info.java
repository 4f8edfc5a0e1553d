/**
 * Encryption at rest for what must never be read from a copy of the database or the disk alone:
 * storytellers' real identities and consent evidence. AES-256-GCM from the JDK, one key per
 * installation from {@code HEARTH_SECRET_KEY} or generated once into the data folder.
 */
package org.hearth.platform.crypto;
