package org.hearth.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.MediaStatus;
import org.hearth.media.entity.Rendition;
import org.hearth.organization.entity.Organization;

/**
 * The rows and files of the library kept consistent: a file is in the store before the row that
 * names it commits (and goes again if it does not); a file a row stops naming goes after the
 * commit, unless another asset names the same bytes.
 */
@ApplicationScoped
public class MediaCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaFiles files;

    @Inject
    FileTransactions fileTransactions;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** An upload that passed inspection, waiting in the work folder. */
    public record Accepted(ReceivedFile file, Inspection inspection, String filename) {
    }

    /** What the processor needs to know of an asset, read in a short transaction of its own. */
    public record Work(long id, MediaKind kind, String mediaType, int width, int height, String originalFile) {
    }

    /** Stores accepted uploads as new assets of {@code organization}, in one transaction, audited. */
    @Transactional
    public List<MediaAsset> store(Organization organization, List<Accepted> accepted, String actor) {
        BlobStore store = files.store();
        Instant now = clock.instant();
        Organization owner = em.merge(organization);
        List<MediaAsset> stored = accepted.stream().map(a -> {
            ReceivedFile file = a.file();
            if (store.put(file.sha256(), file.path())) {
                fileTransactions.onRollback(() -> store.delete(file.sha256()));
            }
            Inspection i = a.inspection();
            MediaAsset asset = new MediaAsset(owner, i.kind(), i.mediaType(), a.filename(), file.bytes(),
                    file.sha256(), i.width(), i.height(), actor, now);
            em.persist(asset);
            return asset;
        }).toList();
        em.flush();
        stored.forEach(asset -> audit.record(owner.id(), actor, "media.uploaded", "media", asset.publicId(),
                asset.kind().code() + " " + asset.mediaType() + " " + asset.bytes() + " bytes"));
        return stored;
    }

    @Transactional
    public Optional<Work> work(long id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id))
                .filter(a -> a.status() == MediaStatus.PROCESSING && a.originalFile().isPresent())
                .map(a -> new Work(a.id(), a.kind(), a.mediaType(), a.width(), a.height(), a.originalFile().get()));
    }

    /** Records the renditions; false when the asset went (deleted or withdrawn) while they were made. */
    @Transactional
    public boolean finish(long id, List<Rendition> renditions, boolean dropOriginal) {
        // Locked: a moderator's decision on a held asset may be saving it right now (MediaLibrary locks it too).
        // Flushed first: a locking find re-reads the row, and the import describes an asset and makes
        // its renditions in one transaction; unflushed, its alt text and imagery check were lost.
        em.flush();
        MediaAsset asset = em.find(MediaAsset.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (asset == null || asset.withdrawnAt() != null) {
            return false;
        }
        int width = asset.width();
        int height = asset.height();
        Optional<Rendition> full = renditions.stream().filter(r -> r.name().equals("full")).findFirst();
        if (full.isPresent() && width > 0 && (full.get().width() > full.get().height()) != (width > height)
                && full.get().width() != full.get().height()) {
            // The image was turned upright from its EXIF orientation: its shape is the rendition's.
            width = asset.height();
            height = asset.width();
        }
        asset.ready(renditions, width, height, clock.instant());
        if (dropOriginal && asset.originalFile().isPresent()) {
            String original = asset.originalFile().get();
            asset.forgetOriginal();
            releaseLater(Set.of(original), asset);
        }
        return true;
    }

    @Transactional
    public void awaitTools(long id) {
        Optional.ofNullable(em.find(MediaAsset.class, id)).ifPresent(a -> a.awaitTools(clock.instant()));
    }

    @Transactional
    public void fail(long id) {
        Optional.ofNullable(em.find(MediaAsset.class, id)).ifPresent(a -> a.failed(clock.instant()));
    }

    /** Deletes, once the current transaction commits, those of {@code names} no other asset names. */
    public void releaseLater(Collection<String> names, MediaAsset except) {
        Set<String> unused = new HashSet<>();
        for (String name : names) {
            if (!namedElsewhere(name, except.id())) {
                unused.add(name);
            }
        }
        if (!unused.isEmpty()) {
            fileTransactions.afterCommit(() -> unused.forEach(files.store()::delete));
        }
    }

    /** Every file some row names: the renditions and the kept originals. */
    @SuppressWarnings("unchecked")
    public Set<String> referencedFiles() {
        Set<String> names = new HashSet<>(em.createNativeQuery("SELECT file FROM media_rendition").getResultList());
        names.addAll(em.createNativeQuery("SELECT original_file FROM media_asset WHERE original_file IS NOT NULL")
                .getResultList());
        return names;
    }

    public List<Long> unfinished() {
        return em.createNamedQuery(MediaAsset.FIND_UNFINISHED, Long.class).getResultList();
    }

    private boolean namedElsewhere(String name, long assetId) {
        Number renditions = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM media_rendition WHERE file = ? AND asset_id <> ?")
                .setParameter(1, name).setParameter(2, assetId).getSingleResult();
        Number originals = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM media_asset WHERE original_file = ? AND id <> ?")
                .setParameter(1, name).setParameter(2, assetId).getSingleResult();
        return renditions.longValue() + originals.longValue() > 0;
    }
}
