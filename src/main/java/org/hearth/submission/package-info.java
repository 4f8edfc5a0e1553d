/**
 * Youth submissions: invitation codes that staff hand out for a neighbourhood project, what young
 * volunteers send with one (writing and media, their credit, age band, assent and a guardian's
 * consent), the private status page and withdrawal, and the moderation that decides what becomes a
 * draft story or library media, with the lists moderation works from that each organization edits
 * (its distress words and its feedback templates, in English and French). Nothing submitted is
 * public until it is accepted and then published through the normal workflow and its consent gate.
 */
package org.hearth.submission;
