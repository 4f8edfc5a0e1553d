/**
 * The REST plumbing every resource shares: the application path, JSON settings, list pages and
 * cursors, ETags, and the single mapping of every failure to an RFC 9457 problem.
 */
package org.hearth.platform.rest;
