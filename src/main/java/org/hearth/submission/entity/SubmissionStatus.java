package org.hearth.submission.entity;

import org.hearth.shared.Coded;

/**
 * Where a submission is, as moderators see it. The submitter sees less: pending is "received" or
 * "in review", and an escalation reads "in review" too, so a disclosure never shows as one.
 */
public enum SubmissionStatus implements Coded {
    PENDING, ACCEPTED, REJECTED, ESCALATED, WITHDRAWN;
}
