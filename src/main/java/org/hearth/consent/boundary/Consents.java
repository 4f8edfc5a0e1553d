package org.hearth.consent.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.ConsentTerms;
import org.hearth.consent.entity.Takedown;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.organization.boundary.Organizations;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.platform.crypto.Secrets;
import org.hearth.platform.files.FileCommit;
import org.hearth.platform.files.OrphanSweep;
import org.hearth.platform.persistence.DatabaseSettings;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * Consent records for staff who may handle them, and the one question the rest of Hearth asks:
 * does this consent cover that content now? Withdrawal and expiry fire {@link ConsentChanged}
 * inside the transaction, so every dependent item is down before the call returns, and record
 * what came down as a {@link Takedown}.
 */
@ApplicationScoped
public class Consents {

    public static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(Consents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsentChanged> changed;

    @Inject
    Secrets secrets;

    @Inject
    FileCommit files;

    @Inject
    @ConfigProperty(name = "hearth.evidence.max-bytes", defaultValue = "20000000")
    long maxEvidenceBytes;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public ConsentRecord create(String organizationSlug, ConsentTerms terms, String realIdentity) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayHandleConsents, "record consents");
        ConsentRecord consent = new ConsentRecord(organization, terms, clock.instant());
        if (realIdentity != null && !realIdentity.isBlank()) {
            consent.recordIdentity(secrets.sealText(realIdentity.strip()));
        }
        em.persist(consent);
        audit.record(organization.id(), actor(), "consent.created", "consent", consent.publicId(), null);
        return consent;
    }

    /**
     * The consent a youth submission carries (the submitter's assent and, under 18, their guardian's
     * consent), recorded as the submission is stored: no signed-in caller, the invitation code
     * admitted it. {@code realIdentity} (the guardian's name and contact) is sealed like any other.
     */
    @Transactional
    public ConsentRecord recordFromSubmission(Organization organization, ConsentTerms terms, String realIdentity,
                                              String actor) {
        ConsentRecord consent = new ConsentRecord(organization, terms, clock.instant());
        if (realIdentity != null && !realIdentity.isBlank()) {
            consent.recordIdentity(secrets.sealText(realIdentity.strip()));
        }
        em.persist(consent);
        audit.record(organization.id(), actor, "consent.created", "consent", consent.publicId(), "youth submission");
        return consent;
    }

    /** A consent of one of the caller's organizations that they may handle; others do not exist for them. */
    public ConsentRecord read(String id) {
        ConsentRecord consent = find(id).orElseThrow(() -> new ResourceNotFoundException("consent", id));
        Optional<Role> role = caller.account().roleIn(consent.organization());
        if (role.isEmpty() || !role.get().mayHandleConsents()) {
            throw new ResourceNotFoundException("consent", id);
        }
        return consent;
    }

    @Transactional
    public ConsentRecord amend(String id, ConsentTerms terms, Integer fromVersion) {
        ConsentRecord consent = read(id);
        StaleVersionException.requireCurrent(fromVersion, consent.version(), java.util.Map::of);
        consent.amend(terms, clock.instant());
        audit.record(consent.organization().id(), actor(), "consent.amended", "consent", consent.publicId(), null);
        // Narrower terms may no longer cover what is public: the same rule as a withdrawal decides.
        changed.fire(new ConsentChanged(consent.publicId(), Takedown.Reason.AMENDMENT, actor(), false));
        return consent;
    }

    /** The consents the caller may handle, soonest expiry first. */
    public List<ConsentRecord> visible() {
        caller.account();
        List<Long> ids = caller.inView(Role::mayHandleConsents).stream().map(Organization::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ConsentRecord.FIND_BY_ORGANIZATIONS, ConsentRecord.class)
                .setParameter("organizations", ids).getResultList();
    }

    /** The storyteller's real identity, decrypted; every reading is audited. */
    @Transactional
    public Optional<String> realIdentity(String id) {
        ConsentRecord consent = read(id);
        audit.record(consent.organization().id(), actor(), "consent.identity-accessed", "consent", consent.publicId(), null);
        return Optional.ofNullable(secrets.openText(consent.identitySealed()));
    }

    /** Stores the evidence of consent (a signed form, a recording), encrypted on disk; replaces any earlier file. */
    @Transactional
    public ConsentRecord storeEvidence(String id, String type, String name, byte[] content) {
        ConsentRecord consent = read(id);
        if (content.length == 0) {
            throw new InvalidInputException("evidence", "the file is empty");
        }
        if (content.length > maxEvidenceBytes) {
            throw new PayloadTooLargeException("Evidence files are limited to " + maxEvidenceBytes / 1_000_000 + " MB.");
        }
        // A name of its own for every upload: the committed row keeps pointing at an intact file until
        // this transaction commits, and FileCommit removes the new file if it does not.
        String file = consent.publicId() + "-" + PublicIds.next() + ".sealed";
        Path replaced = consent.evidenceFile().map(Consents::evidencePath).orElse(null);
        files.write(evidencePath(file), secrets.seal(content), replaced);
        consent.attachEvidence(type == null ? "application/octet-stream" : type, name, content.length, file, clock.instant());
        audit.record(consent.organization().id(), actor(), "consent.evidence-stored", "consent", consent.publicId(),
                content.length + " bytes");
        return consent;
    }

    /** The evidence file, decrypted, with its type; every access is audited. */
    @Transactional
    public Evidence evidence(String id) {
        ConsentRecord consent = read(id);
        if (!consent.hasEvidence()) {
            throw new ResourceNotFoundException("evidence for consent", id);
        }
        audit.record(consent.organization().id(), actor(), "consent.evidence-accessed", "consent", consent.publicId(), null);
        try {
            Path file = evidencePath(consent.evidenceFile().orElseThrow());
            return new Evidence(consent.evidenceType(), consent.evidenceName(), secrets.open(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An evidence file as stored. */
    public record Evidence(String type, String name, byte[] content) {
    }

    private static Path evidencePath(String file) {
        return evidenceFolder().resolve(file);
    }

    private static Path evidenceFolder() {
        return DatabaseSettings.fromEnvironment().dataDir().resolve("evidence");
    }

    /**
     * Before anything is served (priority 5, ahead of the seeding observers): removes evidence files
     * that no committed consent names, which only a crash mid-upload can leave behind.
     */
    @Transactional
    void sweepEvidence(@Observes @Priority(5) SchemaReady ready) {
        Set<String> referenced = em.createNamedQuery(ConsentRecord.FIND_WITH_EVIDENCE, ConsentRecord.class).getResultStream()
                .map(ConsentRecord::evidenceFile).flatMap(Optional::stream).collect(Collectors.toSet());
        List<Path> removed = OrphanSweep.sweep(evidenceFolder(), referenced);
        if (!removed.isEmpty()) {
            LOG.warning(() -> "Removed " + removed.size() + " evidence file(s) that no consent names (left by a crash): " + removed);
        }
    }

    /**
     * Full withdrawal: everything that depends on this consent comes down now. Unless
     * {@code purgeHistory} is false, the storyteller's words also leave the history.
     */
    @Transactional
    public Takedown withdraw(String id, boolean purgeHistory) {
        ConsentRecord consent = read(id);
        consent.withdraw(clock.instant());
        return takeDown(consent, Takedown.Reason.WITHDRAWAL, "full", null, actor(), purgeHistory);
    }

    /**
     * Full withdrawal asked by the storyteller themselves (through their private review link): no
     * account, no reason required, the same effect as a withdrawal recorded by staff.
     */
    @Transactional
    public Takedown withdrawForStoryteller(String id, String actor) {
        ConsentRecord consent = find(id).orElseThrow(() -> new ResourceNotFoundException("consent", id));
        consent.withdraw(clock.instant());
        return takeDown(consent, Takedown.Reason.WITHDRAWAL, "full", null, actor, true);
    }

    /** Partial withdrawal: these channels only. */
    @Transactional
    public Takedown withdrawChannels(String id, Collection<Channel> channels) {
        ConsentRecord consent = read(id);
        consent.withdrawChannels(channels, clock.instant());
        String names = channels.stream().map(Channel::code).sorted().collect(Collectors.joining(","));
        return takeDown(consent, Takedown.Reason.WITHDRAWAL, "channels", names, actor(), false);
    }

    /** Takes down what depends on a consent that ran out; called by the scheduler, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Takedown> expire(long consentDbId) {
        ConsentRecord consent = em.find(ConsentRecord.class, consentDbId);
        if (consent == null || consent.withdrawnAt() != null) {
            return Optional.empty();
        }
        consent.expire(clock.instant());
        return Optional.of(takeDown(consent, Takedown.Reason.EXPIRY, "full", null, SYSTEM, false));
    }

    /** Consents whose expiry date has passed and whose content has not been taken down yet. */
    public List<Long> dueForExpiry() {
        return em.createNamedQuery(ConsentRecord.FIND_EXPIRED, ConsentRecord.class).setParameter("today", today())
                .getResultStream().map(ConsentRecord::id).toList();
    }

    /** Warns editors, once, of consents expiring within 30 days (an audit event the dashboard shows). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int warnOfExpiries() {
        List<ConsentRecord> expiring = em.createNamedQuery(ConsentRecord.FIND_EXPIRING, ConsentRecord.class)
                .setParameter("today", today()).setParameter("horizon", today().plusDays(30)).getResultList();
        for (ConsentRecord consent : expiring) {
            consent.warnedOfExpiry(clock.instant());
            audit.record(consent.organization().id(), SYSTEM, "consent.expiring", "consent", consent.publicId(),
                    "expires on " + consent.expiresOn());
        }
        return expiring.size();
    }

    /**
     * Why content in {@code lang} for these audiences, naming the storyteller this way, may not be
     * public under consent {@code id} now (coverage, then identification, including the rule for
     * children); empty when it may. An unknown consent covers nothing.
     */
    public List<Reason> coverageReasons(String id, String lang, Set<String> audienceCodes, Organization organization,
                                        boolean fullName, boolean firstName, boolean named) {
        Optional<ConsentRecord> consent = find(id);
        if (consent.isEmpty() || !consent.get().organization().slug().equals(organization.slug())) {
            return List.of(Reason.of("consent-unknown", "the consent '" + id + "' does not exist in this organization", id));
        }
        List<Reason> problems = new ArrayList<>(consent.get().coverageReasons(lang, audienceCodes, today()));
        problems.addAll(consent.get().identificationReasons(fullName, firstName, named));
        return problems;
    }

    /**
     * Why media showing the person of consent {@code id} may not be on the website now (withdrawn,
     * expired, no website channel); empty when it may. An unknown consent covers nothing.
     */
    public List<Reason> websiteReasons(String id, Organization organization) {
        Optional<ConsentRecord> consent = find(id);
        if (consent.isEmpty() || !consent.get().organization().slug().equals(organization.slug())) {
            return List.of(Reason.of("consent-unknown", "the consent '" + id + "' does not exist in this organization", id));
        }
        return consent.get().websiteReasons(today());
    }

    /**
     * Why content showing the person of consent {@code id} may not appear through {@code channel}
     * now (withdrawn, expired, the channel not given); empty when it may. An unknown consent covers nothing.
     */
    public List<Reason> channelReasons(String id, Organization organization, Channel channel) {
        Optional<ConsentRecord> consent = find(id);
        if (consent.isEmpty() || !consent.get().organization().slug().equals(organization.slug())) {
            return List.of(Reason.of("consent-unknown", "the consent '" + id + "' does not exist in this organization", id));
        }
        return consent.get().channelReasons(today(), channel);
    }

    /** The day consent {@code id} ends (after which nothing depending on it may be used), if it exists. */
    public Optional<LocalDate> expiresOn(String id) {
        return find(id).map(ConsentRecord::expiresOn);
    }

    public List<Takedown> takedowns(String id) {
        return em.createNamedQuery(Takedown.FIND_BY_CONSENT, Takedown.class).setParameter("consent", read(id)).getResultList();
    }

    /**
     * The takedowns of the organizations the caller may handle consents in (in the studio, the one
     * it works in), newest first, older than takedown {@code beforeId} when given: the takedown dashboard.
     */
    public List<Takedown> takedownsInView(Long beforeId, int limit) {
        caller.account();
        List<Long> ids = caller.inView(Role::mayHandleConsents).stream().map(Organization::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Takedown.FIND_BY_ORGANIZATIONS, Takedown.class).setParameter("organizations", ids)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Takedown takeDown(ConsentRecord consent, Takedown.Reason reason, String scope, String channels, String actor,
                              boolean purgeHistory) {
        ConsentChanged change = new ConsentChanged(consent.publicId(), reason, actor, purgeHistory);
        changed.fire(change);
        Instant now = clock.instant();
        Takedown takedown = new Takedown(consent, reason, scope, channels, actor, change.removed(), now);
        em.persist(takedown);
        audit.record(consent.organization().id(), actor, "consent." + reason.name().toLowerCase(), "consent",
                consent.publicId(), scope + (channels == null ? "" : " " + channels) + "; removed " + change.removed().size());
        return takedown;
    }

    private Optional<ConsentRecord> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ConsentRecord.FIND_BY_PUBLIC_ID, ConsentRecord.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private String actor() {
        return caller.find().map(a -> a.email()).orElse(SYSTEM);
    }
}
