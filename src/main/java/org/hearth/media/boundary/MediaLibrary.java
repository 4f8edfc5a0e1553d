package org.hearth.media.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.boundary.ConsentChanged;
import org.hearth.consent.boundary.Consents;
import org.hearth.media.control.FileNames;
import org.hearth.media.control.FileTransactions;
import org.hearth.media.control.MediaCatalog;
import org.hearth.media.control.MediaFiles;
import org.hearth.media.control.MediaInspector;
import org.hearth.media.control.MediaProcessing;
import org.hearth.media.control.ReceivedFile;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaDescription;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.MediaUse;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;

/**
 * The way in to the media library, for staff (upload, describe, list, delete) and for the
 * components that show media (stories now, kits and youth submissions next): they say which
 * assets they use and whether they are public ({@link #use}, {@link #publicity}), ask what stops
 * an asset from being published ({@link #publicationReasons}) and get its public form
 * ({@link #publicItems}). An asset is served only while it is ready, not withdrawn, and some
 * public content uses it. A withdrawn consent takes the assets showing that person down, in the
 * withdrawal's transaction.
 */
@ApplicationScoped
public class MediaLibrary {

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Consents consents;

    @Inject
    AuditLog audit;

    @Inject
    MediaFiles files;

    @Inject
    MediaCatalog catalog;

    @Inject
    MediaProcessing processing;

    @Inject
    FileTransactions fileTransactions;

    @Inject
    Event<PublicContentChanged> publicContent;

    private final Clock clock = Clock.systemUTC();

    // ---------------------------------------------------------------- staff

    /**
     * New assets in {@code organizationSlug}, one per file, in order. Every file is received and
     * inspected before anything is stored, so one refused file stores nothing; whatever happens, no
     * received file is left in the work folder.
     */
    public List<MediaAsset> upload(String organizationSlug, List<Upload> uploads) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayAuthor, "upload media");
        if (uploads.isEmpty()) {
            throw new InvalidInputException("file", "send one or more files");
        }
        List<MediaCatalog.Accepted> accepted = new ArrayList<>();
        try {
            accepted.addAll(inspected(uploads));
            List<MediaAsset> stored = catalog.store(organization, accepted, caller.account().email());
            stored.forEach(asset -> processing.submit(asset.id()));
            return stored;
        } finally {
            accepted.forEach(a -> a.file().discard());
        }
    }

    /**
     * Brings in a file of the content folder as a described asset of {@code organization}, with
     * its renditions made now, in the import's transaction (so an imported published story can
     * pass the gate). Same inspection as an upload: refused bytes are refused here too.
     */
    public MediaAsset importFile(Organization organization, Path file, MediaDescription description, String actor)
            throws java.io.IOException {
        ReceivedFile received;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            received = ReceivedFile.receive(in, files.store().workFolder(), files.maxBytes());
        }
        try {
            String name = FileNames.clean(file.getFileName().toString());
            MediaCatalog.Accepted accepted = new MediaCatalog.Accepted(received,
                    new MediaInspector(files.maxPixels()).inspect(received.path(), name, null), name);
            MediaAsset asset = catalog.store(organization, List.of(accepted), actor).get(0);
            asset.describe(description, actor, clock.instant());
            processing.processNow(asset.id());
            return asset;
        } finally {
            received.discard();
        }
    }

    /** An asset of one of the caller's organizations; others' assets do not exist for them. */
    public MediaAsset read(String id) {
        return find(id).filter(a -> caller.mayRead(a.organization()))
                .orElseThrow(() -> new ResourceNotFoundException("media", id));
    }

    /** The caller's organization's assets, newest first, optionally of one kind and only unused ones. */
    public List<MediaAsset> list(String organizationSlug, MediaKind kind, boolean unusedOnly, Long beforeId, int limit) {
        return list(organizationSlug, new MediaFilter(kind, unusedOnly ? Boolean.FALSE : null, false, false), beforeId, limit);
    }

    /**
     * The caller's organization's assets, newest first, narrowed by {@code filter} (the studio's
     * library: kind, in use or not, images still without alt text, assets awaiting the imagery check).
     */
    public List<MediaAsset> list(String organizationSlug, MediaFilter filter, Long beforeId, int limit) {
        MediaKind kind = filter.kind();
        Organization organization = organizations.named(organizationSlug);
        if (!caller.mayRead(organization)) {
            throw new ResourceNotFoundException("organization", organizationSlug);
        }
        // A submission's media are its moderators' until accepted: never in the library's lists.
        StringBuilder jpql = new StringBuilder("SELECT m FROM MediaAsset m WHERE m.organization = :organization AND m.id < :before"
                + " AND m.heldFor IS NULL");
        if (kind != null) {
            jpql.append(" AND m.kind = :kind");
        }
        if (filter.inUse() != null) {
            jpql.append(filter.inUse() ? " AND EXISTS" : " AND NOT EXISTS").append(" (SELECT u FROM MediaUse u WHERE u.asset = m)");
        }
        if (filter.missingAlt()) {
            jpql.append(" AND m.kind = org.hearth.media.entity.MediaKind.IMAGE AND m.alt IS NULL AND m.decorative = FALSE");
        }
        if (filter.awaitingImageryCheck()) {
            jpql.append(" AND m.kind IN (org.hearth.media.entity.MediaKind.IMAGE, org.hearth.media.entity.MediaKind.VIDEO)")
                    .append(" AND m.imageryCheckedAt IS NULL AND m.withdrawnAt IS NULL");
        }
        jpql.append(" ORDER BY m.id DESC");
        var query = em.createQuery(jpql.toString(), MediaAsset.class).setParameter("organization", organization)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(limit);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    /** Describes an asset as of {@code fromVersion}; a newer save by someone else is never overwritten. */
    @Transactional
    public MediaAsset describe(String id, MediaDescription description, Integer fromVersion) {
        MediaAsset asset = read(id);
        caller.require(asset.organization(), Role::mayAuthor, "describe media");
        StaleVersionException.requireCurrent(fromVersion, asset.version(), () -> currentState(asset));
        for (String consent : description.consents()) {
            if (consents.websiteReasons(consent, asset.organization()).stream().anyMatch(r -> r.code().equals("consent-unknown"))) {
                throw new InvalidInputException("consents", "no consent '" + consent + "' in this organization");
            }
        }
        asset.describe(description, caller.account().email(), clock.instant());
        audit.record(asset.organization().id(), caller.account().email(), "media.described", "media", asset.publicId(), null);
        publicContent.fire(new PublicContentChanged("media:" + asset.publicId()));
        return asset;
    }

    /** Deletes an unused asset and its files; an asset in use is refused, naming where it is used. */
    @Transactional
    public void delete(String id) {
        MediaAsset asset = read(id);
        caller.require(asset.organization(), Role::mayEdit, "delete media");
        List<MediaUse> uses = usedBy(asset);
        if (!uses.isEmpty()) {
            throw new RuleViolationException("media-in-use", "This media is used by "
                    + String.join(", ", uses.stream().map(u -> u.ownerType() + " " + u.ownerId()).distinct().toList())
                    + "; remove it there first.");
        }
        catalog.releaseLater(asset.files(), asset);
        em.remove(asset);
        audit.record(asset.organization().id(), caller.account().email(), "media.deleted", "media", asset.publicId(),
                asset.filename());
    }

    /** The largest upload taken ({@code HEARTH_MEDIA_MAX_BYTES}), for forms that say so before sending. */
    public long maxBytes() {
        return files.maxBytes();
    }

    public List<MediaUse> usedBy(MediaAsset asset) {
        return em.createNamedQuery(MediaUse.BY_ASSET, MediaUse.class).setParameter("asset", asset).getResultList();
    }

    // ---------------------------------------------------------------- for the components that show media

    /**
     * The asset {@code id} of {@code organization}, of one of {@code kinds}, for a story or kit to
     * use; an unknown id, another organization's asset or one of another kind is invalid input of {@code field}.
     */
    public MediaAsset usable(Organization organization, String id, String field, MediaKind... kinds) {
        MediaAsset asset = find(id).filter(a -> a.organization().id().equals(organization.id())).filter(a -> a.heldFor() == null)
                .orElseThrow(() -> new InvalidInputException(field, "no media '" + id + "' in this organization"));
        if (kinds.length > 0 && !List.of(kinds).contains(asset.kind())) {
            throw new InvalidInputException(field, "media '" + id + "' is " + asset.kind().code() + ", expected "
                    + String.join(" or ", java.util.Arrays.stream(kinds).map(MediaKind::code).toList()));
        }
        return asset;
    }

    /**
     * What {@code ownerType} {@code ownerId} uses now, by role ({@code hero}, {@code inline}…), in
     * the caller's transaction; uses it no longer lists are dropped. {@code nowPublic} says whether
     * the owner is public.
     */
    public void use(String ownerType, String ownerId, Map<String, List<String>> idsByRole, boolean nowPublic) {
        use(ownerType, ownerId, null, idsByRole, nowPublic);
    }

    /** {@link #use(String, String, Map, boolean)}, with the words staff know the owner by (a story's title). */
    public void use(String ownerType, String ownerId, String label, Map<String, List<String>> idsByRole, boolean nowPublic) {
        List<MediaUse> existing = em.createNamedQuery(MediaUse.BY_OWNER, MediaUse.class).setParameter("type", ownerType)
                .setParameter("owner", ownerId).getResultList();
        Map<String, MediaUse> kept = new LinkedHashMap<>();
        existing.forEach(u -> kept.put(u.role() + "/" + u.asset().publicId(), u));
        boolean changed = false;
        for (Map.Entry<String, List<String>> role : idsByRole.entrySet()) {
            for (String id : role.getValue()) {
                MediaUse use = kept.remove(role.getKey() + "/" + id);
                if (use == null) {
                    find(id).ifPresent(asset -> em.persist(new MediaUse(asset, ownerType, ownerId, label, role.getKey(), nowPublic)));
                    changed = true;
                } else {
                    changed |= use.isPublic() != nowPublic || (label != null && !label.equals(use.label()));
                    use.makePublic(nowPublic);
                    if (label != null) {
                        use.relabel(label);
                    }
                }
            }
        }
        for (MediaUse gone : kept.values()) {
            em.remove(gone);
            changed = true;
        }
        if (changed) {
            em.flush();
        }
    }

    /** The owner became public or stopped being public: its assets are served, or not, from now. */
    public void publicity(String ownerType, String ownerId, boolean nowPublic) {
        em.createNamedQuery(MediaUse.BY_OWNER, MediaUse.class).setParameter("type", ownerType)
                .setParameter("owner", ownerId).getResultList().forEach(u -> u.makePublic(nowPublic));
    }

    /**
     * What stops these assets from appearing in published content of {@code organization}: not
     * processed, withdrawn, no alt text, no transcript, the imagery check not confirmed, or a
     * person shown whose consent does not cover the website now.
     */
    public List<Reason> publicationReasons(Organization organization, Collection<String> ids) {
        return publicationReasons(organization, ids, org.hearth.consent.entity.Channel.WEBSITE);
    }

    /**
     * {@link #publicationReasons(Organization, Collection)} for content shown through these
     * channels (a media kit: on the website and in its download, {@code mediaKits}): each person's
     * consent must cover every one of them now.
     */
    public List<Reason> publicationReasons(Organization organization, Collection<String> ids,
                                           org.hearth.consent.entity.Channel... channels) {
        List<Reason> reasons = new ArrayList<>();
        for (String id : ids) {
            Optional<MediaAsset> found = find(id).filter(a -> a.organization().id().equals(organization.id()));
            if (found.isEmpty()) {
                reasons.add(Reason.of("media-unknown", "the media '" + id + "' does not exist in this organization", id));
                continue;
            }
            MediaAsset asset = found.get();
            reasons.addAll(asset.publicationReasons());
            for (String consent : asset.consents()) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (org.hearth.consent.entity.Channel channel : channels) {
                    consents.channelReasons(consent, organization, channel).stream().filter(r -> seen.add(r.code()))
                            .forEach(r -> reasons.add(Reason.of("media-" + r.code(),
                                    "a person shown in '" + asset.filename() + "': " + r.english(), asset.filename())));
                }
            }
        }
        return reasons;
    }

    /**
     * The asset {@code id} while the public may see it (ready, not withdrawn), for a component
     * that describes it in its own public form (a kit's README); empty otherwise.
     */
    public Optional<MediaAsset> servableAsset(String id) {
        return find(id).filter(MediaAsset::isServable);
    }

    /** The public ids of the assets showing the person of consent {@code consentId}. */
    public List<String> showing(String consentId) {
        return em.createNamedQuery(MediaAsset.FIND_BY_CONSENT, MediaAsset.class).setParameter("consent", consentId)
                .getResultList().stream().map(MediaAsset::publicId).toList();
    }

    /** The public form of the servable assets among {@code uses} (role, id), in order; others are left out. */
    public List<MediaJson.PublicItem> publicItems(List<Map.Entry<String, String>> uses, String baseUrl) {
        List<MediaJson.PublicItem> items = new ArrayList<>();
        for (Map.Entry<String, String> use : uses) {
            find(use.getValue()).filter(MediaAsset::isServable)
                    .ifPresent(asset -> items.add(MediaJson.publicItem(asset, use.getKey(), baseUrl)));
        }
        return items;
    }

    /**
     * The HTML of an inline image, for {@code MarkdownRenderer}'s media references: a {@code <figure>}
     * with the public renditions (or nothing when the public may not see the asset now).
     */
    public java.util.function.BiFunction<String, String, String> publicFigures(String baseUrl, java.util.Locale locale) {
        return (id, alt) -> find(id).filter(MediaAsset::isServable).filter(a -> a.kind() != MediaKind.DOCUMENT)
                .map(a -> MediaHtml.figure(MediaJson.publicItem(a, "inline", baseUrl), a.mediaType(), a.transcript(), locale))
                .orElse("");
    }

    /** Inline images as staff see them in previews: the private renditions of any ready asset of theirs. */
    public java.util.function.BiFunction<String, String, String> previewFigures() {
        return (id, alt) -> find(id).filter(a -> caller.mayRead(a.organization())).filter(MediaAsset::isServable)
                .filter(a -> a.kind() != MediaKind.DOCUMENT)
                .map(a -> MediaHtml.figure(MediaJson.previewItem(a, "inline"), a.mediaType(), a.transcript(),
                        java.util.Locale.ENGLISH)).orElse("");
    }

    /** Inline images named by their alt text only (a storyteller's private review page, where nothing is served yet). */
    public java.util.function.BiFunction<String, String, String> describedFigures(String label) {
        return (id, alt) -> find(id).filter(a -> a.kind() != MediaKind.DOCUMENT && a.withdrawnAt() == null)
                .map(a -> MediaHtml.described(label, a.alt() == null ? alt : a.alt())).orElse("");
    }

    /** A rendition the public may have now, or empty (unknown, not ready, withdrawn, or no public content uses it). */
    public Optional<Served> servable(String id, String rendition) {
        return find(id).filter(MediaAsset::isServable)
                .filter(asset -> em.createNamedQuery(MediaUse.PUBLIC_COUNT, Long.class).setParameter("asset", asset)
                        .getSingleResult() > 0)
                .flatMap(asset -> asset.rendition(rendition).flatMap(r -> files.store().localFile(r.file())
                        .map(path -> new Served(path, r.mediaType(), r.file(), r.bytes(), !asset.consents().isEmpty(),
                                asset.kind() == MediaKind.DOCUMENT, asset.filename()))));
    }

    /**
     * A rendition for staff of the asset's organization, whether or not anything public uses it
     * (thumbnails in the library, previews in the editor); never the original upload.
     */
    public Optional<Served> preview(String id, String rendition) {
        MediaAsset asset = read(id);
        if (asset.withdrawnAt() != null) {
            return Optional.empty();
        }
        return asset.rendition(rendition).flatMap(r -> files.store().localFile(r.file())
                .map(path -> new Served(path, r.mediaType(), r.file(), r.bytes(), true,
                        asset.kind() == MediaKind.DOCUMENT, asset.filename())));
    }

    /** A rendition as the public gets it. {@code identifiable}: it shows a person whose consent may be withdrawn. */
    public record Served(java.nio.file.Path file, String mediaType, String sha256, long bytes, boolean identifiable,
                         boolean document, String filename) {
    }

    // ---------------------------------------------------------------- youth submissions

    /**
     * Files received and inspected, not yet stored: the same rules as an upload (type from the
     * bytes, size and pixel limits, refused types), so a refused file answers 413 or 415 before
     * anything is kept. Closing it removes the received files from the work folder.
     */
    public static final class Received implements AutoCloseable {

        private final List<MediaCatalog.Accepted> accepted;

        Received(List<MediaCatalog.Accepted> accepted) {
            this.accepted = accepted;
        }

        public int count() {
            return accepted.size();
        }

        @Override
        public void close() {
            accepted.forEach(a -> a.file().discard());
        }
    }

    /** Receives and inspects {@code uploads} for a submission (no signed-in caller: an invitation code admitted it). */
    public Received receive(List<Upload> uploads) {
        return new Received(inspected(uploads));
    }

    /**
     * Receives and inspects each upload into the work folder, in order; when one is refused, every
     * file received so far (the refused one too) is removed before the refusal goes on.
     */
    private List<MediaCatalog.Accepted> inspected(List<Upload> uploads) {
        List<MediaCatalog.Accepted> accepted = new ArrayList<>();
        MediaInspector inspector = new MediaInspector(files.maxPixels());
        try {
            for (Upload upload : uploads) {
                ReceivedFile received = ReceivedFile.receive(upload.content(), files.store().workFolder(), files.maxBytes());
                String name = FileNames.clean(upload.filename());
                try {
                    accepted.add(new MediaCatalog.Accepted(received, inspector.inspect(received.path(), name,
                            upload.claimedType()), name));
                } catch (java.io.IOException unreadable) {
                    received.discard();
                    throw new org.hearth.shared.UnsupportedMediaException("unreadable",
                            "The file '" + name + "' could not be read as the type its bytes announce.");
                } catch (RuntimeException refused) {
                    received.discard();
                    throw refused;
                }
            }
            return accepted;
        } catch (RuntimeException refused) {
            accepted.forEach(a -> a.file().discard());
            throw refused;
        }
    }

    /**
     * Stores what {@link #receive} took as assets of {@code organization}, in the caller's
     * transaction, showing the person of consent {@code consentId} and held for {@code heldFor}
     * (private, out of the library) until {@link #releaseHeld}; renditions are made once the
     * transaction commits. Answers the assets' ids, in order.
     */
    public List<String> storeHeld(Organization organization, Received received, String actor, String consentId,
                                  String heldFor) {
        if (received.accepted.isEmpty()) {
            return List.of();
        }
        List<MediaAsset> stored = catalog.store(organization, received.accepted, actor);
        for (MediaAsset asset : stored) {
            asset.describe(new MediaDescription(null, false, null, null, null, null, List.of(consentId), false), actor,
                    clock.instant());
            asset.holdFor(heldFor);
            long id = asset.id();
            fileTransactions.afterCommit(() -> processing.submit(id));
        }
        return stored.stream().map(MediaAsset::publicId).toList();
    }

    /** The held assets are accepted: ordinary library assets from now (still private until content uses them). */
    public void releaseHeld(Collection<String> ids) {
        ids.forEach(id -> find(id).map(this::lockedLatest).ifPresent(a -> a.release(clock.instant())));
    }

    /**
     * The asset as last committed, locked until this transaction ends: a moderator's decision may
     * come while its renditions are being stored (which lock it too), and the one that comes second
     * then starts from the first one's result instead of failing on a stale version.
     */
    private MediaAsset lockedLatest(MediaAsset asset) {
        // Flushed first: the refresh re-reads the row and would drop this transaction's own changes.
        em.flush();
        em.refresh(asset, LockModeType.PESSIMISTIC_WRITE);
        return asset;
    }

    /** The held assets were not accepted: they and their files go (after the commit). */
    public void discardHeld(Collection<String> ids, String actor) {
        for (String id : ids) {
            find(id).map(this::lockedLatest).filter(a -> a.heldFor() != null).ifPresent(asset -> {
                catalog.releaseLater(asset.files(), asset);
                em.remove(asset);
                audit.record(asset.organization().id(), actor, "media.deleted", "media", asset.publicId(),
                        "not accepted: " + asset.filename());
            });
        }
    }

    /** The assets among {@code ids} that the caller (a moderator) may see, in order. */
    public List<MediaAsset> readable(Collection<String> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).filter(a -> caller.mayRead(a.organization())).toList();
    }

    // ---------------------------------------------------------------- consent

    /**
     * A consent changed: every asset showing that person which may no longer be on the website
     * comes down for good, now (its files go after the commit), and is listed in the takedown
     * record. Content that used it stays up without it, unless its own consent takes it down.
     */
    void onConsentChanged(@Observes ConsentChanged change) {
        List<MediaAsset> assets = em.createNamedQuery(MediaAsset.FIND_BY_CONSENT, MediaAsset.class)
                .setParameter("consent", change.consentId()).getResultList();
        for (MediaAsset asset : assets) {
            if (asset.withdrawnAt() != null || consents.websiteReasons(change.consentId(), asset.organization()).isEmpty()) {
                continue;
            }
            boolean wasPublic = asset.isServable() && em.createNamedQuery(MediaUse.PUBLIC_COUNT, Long.class)
                    .setParameter("asset", asset).getSingleResult() > 0;
            String url = asset.renditions().isEmpty() ? null
                    : MediaJson.renditionPath(asset.publicId(), asset.renditions().get(0).name());
            List<String> released = asset.withdraw(clock.instant());
            catalog.releaseLater(released, asset);
            change.removed("media", asset.publicId(), url);
            audit.record(asset.organization().id(), change.actor(), "media.taken-down", "media", asset.publicId(),
                    change.reason().name().toLowerCase() + " of consent " + change.consentId()
                            + (wasPublic ? " (was public)" : ""));
            publicContent.fire(new PublicContentChanged("media:" + asset.publicId()));
        }
    }

    /** At start-up: files no row names (older than a few minutes, so another node's upload is safe) go. */
    void sweep(@Observes @Priority(6) SchemaReady ready) {
        Set<String> referenced = catalog.referencedFiles();
        int removed = files.sweep(referenced);
        if (removed > 0) {
            LOG.warning(() -> "Removed " + removed + " media file(s) that no asset names (left by a crash)");
        }
    }

    /**
     * Once the application has started (not from inside the start-up singleton, whose invocation a
     * background task must not share): renditions cut short by a stop or a crash are made again.
     */
    public void resumeUnfinished() {
        List<Long> unfinished = catalog.unfinished();
        if (!unfinished.isEmpty()) {
            LOG.info(() -> "Making the renditions of " + unfinished.size() + " asset(s) left processing at the last stop");
            unfinished.forEach(processing::submit);
        }
    }

    private Optional<MediaAsset> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(MediaAsset.FIND_BY_PUBLIC_ID, MediaAsset.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private static Map<String, Object> currentState(MediaAsset a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("alt", a.alt());
        state.put("decorative", a.decorative());
        state.put("caption", a.caption());
        state.put("credit", a.credit());
        state.put("licence", a.licence());
        state.put("consents", List.copyOf(a.consents()));
        state.put("imageryChecked", a.imageryCheckedAt() != null);
        return state;
    }
}
