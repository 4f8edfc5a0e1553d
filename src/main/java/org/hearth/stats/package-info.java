/**
 * Aggregate reading statistics: how many times each public item (a story, later a download) was
 * viewed per day, and nothing else. Views are counted in memory and added to one row per item and
 * day every few seconds; no address, browser detail, cookie or identifier of a reader is kept.
 */
package org.hearth.stats;
