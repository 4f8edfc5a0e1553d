/**
 * Accounts, memberships and roles, sign-in and bearer tokens: who the caller is and what their
 * role allows in each organization. Passwords are kept as slow PBKDF2 hashes, tokens as SHA-256
 * hashes; the bootstrap platform admin is created here on the first start.
 */
package org.hearth.account;
