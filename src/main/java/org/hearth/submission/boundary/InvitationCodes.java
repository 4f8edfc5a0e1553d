package org.hearth.submission.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.submission.entity.InvitationCode;

/**
 * Invitation codes for youth volunteers, handed out by moderators, editors and admins of the
 * project's organization: a set number of uses, an expiry date (today at the earliest, at most two
 * years ahead), revocable at any time. Every change is audited.
 */
@ApplicationScoped
public class InvitationCodes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Projects projects;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public InvitationCode create(String projectSlug, Integer uses, LocalDate expiresOn) {
        List<FieldError> errors = new ArrayList<>();
        if (projectSlug == null || projectSlug.isBlank()) {
            errors.add(FieldError.of("project", Reason.of("required", "is required")));
        }
        if (uses == null || uses < 1 || uses > InvitationCode.MAX_USES) {
            errors.add(FieldError.of("uses", Reason.of("invitation-uses", "is a number from 1 to " + InvitationCode.MAX_USES,
                    InvitationCode.MAX_USES)));
        }
        LocalDate today = today();
        if (expiresOn == null) {
            errors.add(FieldError.of("expiresOn", Reason.of("end-date-required", "is required: every code has an end date")));
        } else if (expiresOn.isBefore(today)) {
            errors.add(FieldError.of("expiresOn", Reason.of("invitation-past", "is in the past")));
        } else if (expiresOn.isAfter(today.plusYears(2))) {
            errors.add(FieldError.of("expiresOn", Reason.of("invitation-too-far", "is at most two years ahead")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        NeighbourhoodProject project = projects.find(projectSlug.strip())
                .orElseThrow(() -> new InvalidInputException("project", "no project '" + projectSlug + "'"));
        caller.require(project.organization(), Role::mayModerate, "hand out invitation codes");
        InvitationCode code;
        do {
            code = new InvitationCode(project, uses, expiresOn, caller.account().email(), clock.instant());
        } while (byCode(code.code()).isPresent());
        em.persist(code);
        audit.record(project.organization().id(), caller.account().email(), "invitation-code.created", "invitation-code",
                code.publicId(), project.slug() + ", " + uses + " uses until " + expiresOn);
        return code;
    }

    /** The codes of a project, newest first (the caller moderates in its organization). */
    public List<InvitationCode> of(String projectSlug) {
        if (projectSlug == null || projectSlug.isBlank()) {
            throw new InvalidInputException("project", "is required");
        }
        NeighbourhoodProject project = projects.find(projectSlug.strip())
                .orElseThrow(() -> new ResourceNotFoundException("project", projectSlug));
        caller.require(project.organization(), Role::mayModerate, "see invitation codes");
        return em.createNamedQuery(InvitationCode.FIND_BY_PROJECT, InvitationCode.class).setParameter("project", project)
                .getResultList();
    }

    @Transactional
    public void revoke(String id) {
        InvitationCode code = em.createNamedQuery(InvitationCode.FIND_BY_PUBLIC_ID, InvitationCode.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(c -> caller.mayRead(c.organization()))
                .orElseThrow(() -> new ResourceNotFoundException("invitation", id));
        caller.require(code.organization(), Role::mayModerate, "revoke invitation codes");
        code.revoke(clock.instant());
        audit.record(code.organization().id(), caller.account().email(), "invitation-code.revoked", "invitation-code",
                code.publicId(), null);
    }

    /** The code as typed, if it admits a submission today (not wrong, used up, revoked or expired). */
    Optional<InvitationCode> admitting(String typed) {
        String code = InvitationCode.normalize(typed);
        return code == null ? Optional.empty() : byCode(code).filter(c -> c.admits(today()));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Optional<InvitationCode> byCode(String code) {
        return em.createNamedQuery(InvitationCode.FIND_BY_CODE, InvitationCode.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
