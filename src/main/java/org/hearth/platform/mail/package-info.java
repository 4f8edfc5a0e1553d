/**
 * Messages to people: SMTP through Jakarta Mail when configured ({@code HEARTH_SMTP_*}), else the
 * outbox folder in the data directory, so that an invitation or reset link is never lost.
 */
package org.hearth.platform.mail;
