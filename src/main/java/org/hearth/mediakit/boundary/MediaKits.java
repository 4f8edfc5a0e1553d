package org.hearth.mediakit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Membership;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.Channel;
import org.hearth.media.boundary.MediaJson;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.mediakit.control.Customization;
import org.hearth.mediakit.control.KitFiles;
import org.hearth.mediakit.control.KitZip;
import org.hearth.mediakit.control.Manifest;
import org.hearth.mediakit.entity.CustomField;
import org.hearth.mediakit.entity.KitContent;
import org.hearth.mediakit.entity.KitGate;
import org.hearth.mediakit.entity.KitItem;
import org.hearth.mediakit.entity.KitItemInput;
import org.hearth.mediakit.entity.KitKind;
import org.hearth.mediakit.entity.KitRevision;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.mediakit.entity.PartnerDownload;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.Slug;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.StoryStatus;

/**
 * Media kits, for staff (create, edit with optimistic locking, the story workflow, translations,
 * revisions) and for the public (published kits, their items, the ZIP). Every change records the
 * media the kit uses with the library (so its renditions are served while the kit is public),
 * drops the cached public pages and is written to the audit log.
 *
 * <p>The gate: a kit is approved and published only when every media item is fit to publish and
 * the consent of every person shown covers the website and the {@code mediaKits} channel now.
 * When a consent stops covering kits ({@link KitConsentWatch}), the items depending on it leave
 * every kit in the same transaction, and every partner organization that downloaded an affected
 * kit is sent a notice naming the item to stop using.
 */
@ApplicationScoped
public class MediaKits {

    public static final String ITEM_ROLE = "item";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Audiences audiences;

    @Inject
    MediaLibrary media;

    @Inject
    Consents consents;

    @Inject
    AuditLog audit;

    @Inject
    HearthSettings settings;

    @Inject
    org.hearth.project.boundary.Projects projects;

    @Inject
    org.hearth.protocol.boundary.Protocols protocols;

    @Inject
    org.hearth.checks.boundary.Terminology terminology;

    @Inject
    Event<PublicContentChanged> publicContent;

    private final Clock clock = Clock.systemUTC();

    private static final Jsonb JSONB = JsonbBuilder.create();

    // ---------------------------------------------------------------- staff

    @Transactional
    public MediaKit create(KitInput input) {
        Organization organization = organizations.named(input.organization());
        caller.require(organization, Role::mayAuthor, "create media kits");
        String lang = LanguageTag.of(input.lang() == null ? "en" : input.lang());
        KitContent content = content(organization, input);
        MediaKit kit = new MediaKit(organization, lang, freeSlug(content.title()), content, actor(), clock.instant());
        kit.forProject(project(organization, input.project()));
        em.persist(kit);
        saved(kit, "created");
        return kit;
    }

    /**
     * Brings in a kit of the content folder (items already naming imported media ids) in the
     * import's transaction, with its slug and its state; a kit the gate refuses comes in as a draft.
     */
    public MediaKit importKit(Organization organization, String slug, KitInput input, String status, MediaKit original,
                              String actor) {
        String lang = LanguageTag.of(input.lang() == null ? "en" : input.lang());
        KitContent content = content(organization, input);
        Instant now = clock.instant();
        MediaKit kit = original == null ? new MediaKit(organization, lang, Slug.require(slug, "slug"), content, actor, now)
                : original.translate(lang, Slug.require(slug, "slug"), content, actor, now);
        kit.forProject(project(organization, input.project()));
        em.persist(kit);
        em.flush();
        media.use(MediaKit.OWNER_TYPE, kit.publicId(), Map.of(ITEM_ROLE, kit.mediaIds()), false);
        StoryStatus state = status == null ? StoryStatus.DRAFT : Coded.parse(StoryStatus.class, status, "status");
        try {
            kit.restoreState(state, gate(), now);
        } catch (org.hearth.shared.RuleViolationException refused) {
            java.util.logging.Logger.getLogger(MediaKits.class.getName()).warning(() -> "Kit " + slug
                    + " imported as a draft: " + refused.getMessage());
        }
        media.use(MediaKit.OWNER_TYPE, kit.publicId(), Map.of(ITEM_ROLE, kit.mediaIds()), kit.isPublic());
        recordRevision(kit, actor, "imported");
        return kit;
    }

    /** A kit of one of the caller's organizations; others' kits do not exist for them. */
    public MediaKit read(String id) {
        return find(id).filter(k -> caller.mayRead(k.organization()))
                .orElseThrow(() -> new ResourceNotFoundException("media kit", id));
    }

    @Transactional
    public MediaKit update(String id, KitInput input) {
        MediaKit kit = read(id);
        Role role = caller.require(kit.organization(), Role::mayAuthor, "edit media kits");
        StaleVersionException.requireCurrent(input.version(), kit.version(), () -> currentState(kit));
        boolean wasPublic = kit.isPublic();
        kit.revise(content(kit.organization(), input), role, gate(), clock.instant());
        kit.forProject(project(kit.organization(), input.project()));
        em.flush();
        saved(kit, wasPublic && !kit.isPublic() ? "edited; back to review" : "edited");
        return kit;
    }

    /** A step of the story workflow: {@code submit}, {@code request-changes}, {@code approve}, {@code publish}, {@code unpublish}, {@code archive}. */
    @Transactional
    public MediaKit transition(String id, String action, String comment) {
        MediaKit kit = read(id);
        Role role = caller.roleIn(kit.organization());
        kit.take(action, role, gate(), clock.instant());
        media.use(MediaKit.OWNER_TYPE, kit.publicId(), Map.of(ITEM_ROLE, kit.mediaIds()), kit.isPublic());
        audit.record(kit.organization().id(), actor(), "media-kit." + action, "media-kit", kit.publicId(),
                "now " + kit.status().code() + (comment == null || comment.isBlank() ? "" : ": " + comment));
        em.flush();
        publicContent.fire(new PublicContentChanged("media-kit:" + kit.slug()));
        return kit;
    }

    /** A new translation, its own draft with its own slug, linked to the original (of the original, for a translation's translation). */
    @Transactional
    public MediaKit translate(String id, KitInput input) {
        MediaKit original = read(id).original();
        caller.require(original.organization(), Role::mayAuthor, "translate media kits");
        String lang = LanguageTag.of(input.lang() == null ? "" : input.lang());
        if (translations(original).stream().anyMatch(t -> t.lang().equals(lang))) {
            throw new org.hearth.shared.RuleViolationException("translation-exists", "This kit already exists in '" + lang + "'.");
        }
        KitContent base = original.content();
        KitInput full = new KitInput(original.organization().slug(), base.campaign(), lang, base.kind().code(),
                input.title(), input.summary() == null ? base.summary() : input.summary(),
                new ArrayList<>(base.audiences()), input.usageTerms() == null ? base.usageTerms() : input.usageTerms(),
                base.customizable().stream().map(CustomField::code).toList(), input.level() == null ? base.level() : input.level(),
                input.duration() == null ? base.duration() : input.duration(),
                input.items() == null ? base.items() : input.items(), null, original.project());
        KitContent content = content(original.organization(), full);
        MediaKit translation = original.translate(lang, freeSlug(content.title()), content, actor(), clock.instant());
        translation.forProject(original.project());
        em.persist(translation);
        saved(translation, "translation of " + original.publicId() + " into " + lang);
        return translation;
    }

    /** The caller's organizations' kits, most recently changed first (optionally of one organization or status). */
    public List<MediaKit> forStaff(String organizationSlug, String status, int limit, Long beforeId) {
        List<Long> ids = caller.organizations().stream().filter(caller::mayRead)
                .filter(o -> organizationSlug == null || o.slug().equals(organizationSlug)).map(Organization::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT k FROM MediaKit k WHERE k.organization.id IN :orgs AND k.id < :before");
        if (status != null) {
            jpql.append(" AND k.status = :status");
        }
        jpql.append(" ORDER BY k.id DESC");
        var query = em.createQuery(jpql.toString(), MediaKit.class).setParameter("orgs", ids)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", Coded.parse(StoryStatus.class, status, "status"));
        }
        return query.getResultList();
    }

    public List<KitRevision> revisions(String id) {
        return em.createNamedQuery(KitRevision.OF_KIT, KitRevision.class).setParameter("kit", read(id)).getResultList();
    }

    /** What the gate objects to now, for the editor; empty when the kit may be published. */
    public List<Reason> blockers(MediaKit kit) {
        List<Reason> reasons = new ArrayList<>();
        if (kit.items().isEmpty()) {
            reasons.add(Reason.of("kit-empty", "the kit has no items"));
        }
        reasons.addAll(gate().reasons(kit));
        return reasons;
    }

    /** The pre-publish checks of the kit's text items (discouraged terms), for the editor: advice, never a refusal. */
    public List<String> checks(MediaKit kit, Locale locale) {
        List<String> found = new ArrayList<>();
        for (KitItem item : kit.items()) {
            if (!item.isMedia()) {
                terminology.discouragedIn(kit.organization(), item.title(), item.body(), locale)
                        .forEach(message -> found.add(item.title() + ": " + message));
            }
        }
        return found;
    }

    /** The other languages of a kit (its original and the original's other translations). */
    public List<MediaKit> translations(MediaKit kit) {
        MediaKit original = kit.original();
        List<MediaKit> all = new ArrayList<>();
        all.add(original);
        all.addAll(em.createNamedQuery(MediaKit.TRANSLATIONS, MediaKit.class).setParameter("original", original).getResultList());
        return all.stream().filter(k -> !k.id().equals(kit.id())).toList();
    }

    // ---------------------------------------------------------------- public

    public Optional<MediaKit> findBySlug(String slug) {
        return em.createNamedQuery(MediaKit.FIND_BY_SLUG, MediaKit.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A published kit; anything else is not found, without saying whether it exists. */
    public MediaKit publishedBySlug(String slug) {
        return findBySlug(slug).filter(MediaKit::isPublic).orElseThrow(() -> new ResourceNotFoundException("media kit", slug));
    }

    /** Published kits, newest first, optionally narrowed. */
    public List<MediaKit> published(String campaign, String audience, String lang, String kind, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT k FROM MediaKit k WHERE k.status = :status AND k.id < :before");
        if (campaign != null) {
            jpql.append(" AND k.campaign = :campaign");
        }
        if (audience != null) {
            jpql.append(" AND :audience MEMBER OF k.audiences");
        }
        if (lang != null) {
            jpql.append(" AND k.lang = :lang");
        }
        if (kind != null) {
            jpql.append(" AND k.kind = :kind");
        }
        jpql.append(" ORDER BY k.id DESC");
        var query = em.createQuery(jpql.toString(), MediaKit.class).setParameter("status", StoryStatus.PUBLISHED)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(limit);
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        if (audience != null) {
            query.setParameter("audience", audience);
        }
        if (lang != null) {
            query.setParameter("lang", LanguageTag.of(lang));
        }
        if (kind != null) {
            query.setParameter("kind", Coded.parse(KitKind.class, kind, "kind"));
        }
        return query.getResultList();
    }

    /** A public item: a text, or a media asset the public may see now (others are left out). */
    public record Shown(KitItem item, MediaAsset asset, MediaJson.PublicItem media, LocalDate usableUntil) {
    }

    /** The kit's items as the public may see them now, in order; a media item not servable (or not covered) is left out. */
    public List<Shown> shown(MediaKit kit) {
        List<Shown> shown = new ArrayList<>();
        for (KitItem item : kit.items()) {
            if (!item.isMedia()) {
                shown.add(new Shown(item, null, null, null));
                continue;
            }
            Optional<MediaAsset> asset = media.servableAsset(item.mediaRef())
                    .filter(a -> a.organization().id().equals(kit.organization().id()))
                    .filter(a -> a.consents().stream().allMatch(c -> consents.channelReasons(c, kit.organization(),
                            Channel.MEDIA_KITS).isEmpty()));
            if (asset.isEmpty()) {
                continue;
            }
            List<MediaJson.PublicItem> items = media.publicItems(List.of(Map.entry(ITEM_ROLE, item.mediaRef())), settings.baseUrl());
            if (items.isEmpty()) {
                continue;
            }
            shown.add(new Shown(item, asset.get(), items.get(0), usableUntil(asset.get())));
        }
        return shown;
    }

    public KitJson.Public publicOf(MediaKit kit) {
        List<KitJson.PublicItem> items = new ArrayList<>();
        int n = 1;
        for (Shown s : shown(kit)) {
            String itemUrl = settings.absolute("/api/v1/media-kits/" + kit.slug() + "/items/" + n++);
            if (s.asset() == null) {
                items.add(new KitJson.PublicItem("text", s.item().title(), s.item().textKind().code(),
                        MarkdownRenderer.toHtml(ownWords(kit).fill(s.item().body())), null, null, itemUrl));
            } else {
                items.add(new KitJson.PublicItem("media", s.item().title(), null, null, s.media(), s.usableUntil(), itemUrl));
            }
        }
        LocalDate until = items.stream().map(KitJson.PublicItem::usableUntil).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        return new KitJson.Public(kit.slug(), kit.lang(), kit.kind().code(), kit.title(), kit.summary(), kit.campaign(),
                sorted(kit.audiences()), kit.usageTerms(), kit.usageTerms() == null ? null : MarkdownRenderer.toHtml(kit.usageTerms()),
                kit.level(), kit.duration(), kit.customizable().stream().map(CustomField::code).toList(), items, until,
                url(kit), downloadUrl(kit), kit.updatedAt(),
                translationsJson(kit, true), kit.project(), protocolUrl(kit, kit.lang()),
                settings.absolute("/embed/media-kits/" + kit.slug()));
    }

    public KitJson.Summary summaryOf(MediaKit kit) {
        return new KitJson.Summary(kit.slug(), kit.lang(), kit.kind().code(), kit.title(), kit.summary(), kit.campaign(),
                sorted(kit.audiences()), url(kit), downloadUrl(kit), kit.updatedAt());
    }

    public KitJson.Studio studioOf(MediaKit kit) {
        Role role = caller.find().flatMap(a -> a.roleIn(kit.organization())).orElse(null);
        return new KitJson.Studio(kit.publicId(), kit.organization().slug(), kit.slug(), kit.lang(), kit.kind().code(),
                kit.title(), kit.summary(), kit.campaign(), sorted(kit.audiences()), kit.usageTerms(),
                kit.customizable().stream().map(CustomField::code).toList(), kit.level(), kit.duration(),
                kit.items().stream().map(KitItem::asInput).toList(), kit.status().code(),
                role == null ? List.of() : kit.actionsFor(role), kit.version(), kit.isPublic() ? url(kit) : null,
                kit.isPublic() ? downloadUrl(kit) : null, kit.translationOf() == null ? null : kit.translationOf().publicId(),
                translationsJson(kit, false), kit.publishedAt(), kit.updatedAt(), kit.project());
    }

    public String url(MediaKit kit) {
        return settings.publicUrl(kit.lang(), "media-kits", kit.slug());
    }

    public String downloadUrl(MediaKit kit) {
        return settings.absolute("/api/v1/media-kits/" + kit.slug() + "/download");
    }

    // ---------------------------------------------------------------- download

    /** What a download streams: the ZIP's name and its parts, resolved now (files on disk). */
    public record Download(String filename, List<KitZip.Part> parts) {
    }

    /**
     * The ZIP of a published kit as it stands now, for the public or a signed-in partner, whose
     * {@code custom} values go into the text items and the README where the kit allows them. The
     * download is counted (per kit per day); a partner's is logged by organization.
     */
    @Transactional
    public Download download(String slug, Map<CustomField, String> custom) {
        MediaKit kit = publishedBySlug(slug);
        Optional<Organization> partner = partnerOf(kit);
        Customization fill = Customization.of(partner.isPresent() ? custom : Map.of(), kit.customizable(),
                Map.of(CustomField.ORGANIZATION_NAME, partner.filter(p -> kit.customizable().contains(CustomField.ORGANIZATION_NAME)).map(Organization::name).orElse(kit.organization().name())),
                kit.lang());
        List<Shown> shown = shown(kit);
        List<KitZip.Part> files = new ArrayList<>();
        List<Manifest.Entry> entries = new ArrayList<>();
        KitFiles names = new KitFiles();
        int position = 1;
        for (Shown s : shown) {
            if (s.asset() == null) {
                String name = names.text(position++, s.item().title(), s.item().textKind().code());
                files.add(KitZip.Part.text(name, "# " + s.item().title() + "\n\n" + fill.fill(s.item().body()) + "\n"));
                entries.add(new Manifest.Entry(name, s.item().title(), null, null, null, null, null));
            } else {
                Optional<MediaLibrary.Served> file = servedFile(s.asset());
                if (file.isEmpty()) {
                    continue;
                }
                String name = names.media(position++, s.item().title(), file.get().mediaType());
                files.add(KitZip.Part.file(name, file.get().file()));
                MediaAsset a = s.asset();
                entries.add(new Manifest.Entry(name, s.item().title(), a.credit(), a.licence(),
                        a.kind() == MediaKind.IMAGE ? (a.decorative() ? null : a.alt()) : a.kind() == MediaKind.DOCUMENT ? a.alt() : null,
                        a.transcript(), s.usableUntil()));
            }
        }
        String partnerName = partner.map(Organization::name).orElse(null);
        String readme = Manifest.write(new Manifest.Kit(kit.lang(), kit.title(), kit.summary(), kit.kind(), kit.level(),
                kit.duration(), kit.organization().name(),
                partner.isPresent() && kit.customizable().contains(CustomField.ORGANIZATION_NAME)
                        ? Optional.ofNullable(custom.get(CustomField.ORGANIZATION_NAME)).map(v -> fill.value(CustomField.ORGANIZATION_NAME)).orElse(partnerName)
                        : null,
                partner.isPresent() ? fill.value(CustomField.LOCAL_SERVICES) : null,
                partner.isPresent() ? fill.value(CustomField.CONTACT) : null,
                kit.usageTerms(), url(kit), entries));
        List<KitZip.Part> parts = new ArrayList<>();
        parts.add(KitZip.Part.text("README.txt", readme));
        parts.addAll(files);
        count(kit);
        partner.ifPresent(org -> em.persist(new PartnerDownload(kit, org, caller.account().email(), clock.instant())));
        return new Download(kit.slug() + ".zip", parts);
    }

    /** One item of a published kit on its own ({@code n} from 1, in the public order): a file, or a text as Markdown. */
    public record SingleItem(String filename, String mediaType, Path file, String text) {
    }

    public SingleItem item(String slug, int n) {
        MediaKit kit = publishedBySlug(slug);
        List<Shown> shown = shown(kit);
        if (n < 1 || n > shown.size()) {
            throw new ResourceNotFoundException("kit item", String.valueOf(n));
        }
        Shown s = shown.get(n - 1);
        KitFiles names = new KitFiles();
        if (s.asset() == null) {
            String name = names.text(n, s.item().title(), s.item().textKind().code());
            return new SingleItem(name.substring(name.indexOf('/') + 1), "text/markdown; charset=UTF-8", null,
                    "# " + s.item().title() + "\n\n" + ownWords(kit).fill(s.item().body()) + "\n");
        }
        MediaLibrary.Served file = servedFile(s.asset()).orElseThrow(() -> new ResourceNotFoundException("kit item", String.valueOf(n)));
        String name = names.media(n, s.item().title(), file.mediaType());
        return new SingleItem(name.substring(name.indexOf('/') + 1), file.mediaType(), file.file(), null);
    }

    /** Downloads of a kit per day (aggregate counts, no reader data), for the studio. */
    public Map<LocalDate, Long> downloadsPerDay(String id) {
        MediaKit kit = read(id);
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT count_day, downloads FROM media_kit_download WHERE kit_id = ? ORDER BY count_day")
                .setParameter(1, kit.id()).getResultList();
        for (Object[] row : rows) {
            Object day = row[0];
            LocalDate d = day instanceof java.sql.Date sql ? sql.toLocalDate() : LocalDate.parse(day.toString());
            days.put(d, ((Number) row[1]).longValue());
        }
        return days;
    }

    /** The organizations (and who) that downloaded a kit as partners. */
    public List<PartnerDownload> partnerDownloads(MediaKit kit) {
        return em.createNamedQuery(PartnerDownload.BY_KIT, PartnerDownload.class).setParameter("kit", kit).getResultList();
    }

    // ---------------------------------------------------------------- for the consent watch

    /** The kits using any of these assets. */
    List<MediaKit> using(List<String> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(MediaKit.USING_MEDIA, MediaKit.class).setParameter("media", mediaIds).getResultList();
    }

    /** Why media of this asset may not be in a kit now: its consents' reasons for the website and media kits. */
    boolean coveredForKits(String mediaId, Organization organization) {
        return media.servableAsset(mediaId).map(a -> a.consents().stream().allMatch(c ->
                consents.channelReasons(c, organization, Channel.MEDIA_KITS).isEmpty()
                        && consents.channelReasons(c, organization, Channel.WEBSITE).isEmpty())).orElse(false);
    }

    void afterRemoval(MediaKit kit) {
        media.use(MediaKit.OWNER_TYPE, kit.publicId(), Map.of(ITEM_ROLE, kit.mediaIds()), kit.isPublic());
        publicContent.fire(new PublicContentChanged("media-kit:" + kit.slug()));
    }

    void recordRevision(MediaKit kit, String actor, String details) {
        long count = em.createQuery("SELECT COUNT(r) FROM KitRevision r WHERE r.kit = :kit", Long.class)
                .setParameter("kit", kit).getSingleResult();
        em.persist(new KitRevision(kit, (int) count + 1, actor, details, JSONB.toJson(kit.content()), clock.instant()));
    }

    // ---------------------------------------------------------------- inside

    private KitGate gate() {
        return kit -> media.publicationReasons(kit.organization(), kit.mediaIds(), Channel.WEBSITE, Channel.MEDIA_KITS);
    }

    private Optional<MediaLibrary.Served> servedFile(MediaAsset asset) {
        List<String> preferred = switch (asset.kind()) {
            case IMAGE -> List.of("full", "w1600", "w960", "w480");
            case DOCUMENT -> List.of("document");
            default -> List.of("stream");
        };
        for (String rendition : preferred) {
            Optional<MediaLibrary.Served> served = media.servable(asset.publicId(), rendition);
            if (served.isPresent()) {
                return served;
            }
        }
        return Optional.empty();
    }

    /** The earliest day after which a consent of the people shown ends; null when none binds it. */
    LocalDate usableUntil(MediaAsset asset) {
        return asset.consents().stream().map(consents::expiresOn).flatMap(Optional::stream).min(LocalDate::compareTo).orElse(null);
    }

    private static Customization ownWords(MediaKit kit) {
        return Customization.defaults(Map.of(CustomField.ORGANIZATION_NAME, kit.organization().name()), kit.lang());
    }

    /** The organization of a signed-in member of another organization than the kit's: a partner. */
    private Optional<Organization> partnerOf(MediaKit kit) {
        Optional<Account> who = caller.find();
        if (who.isEmpty() || who.get().roleIn(kit.organization()).isPresent()) {
            return Optional.empty();
        }
        return who.get().activeMemberships().stream().map(Membership::organization)
                .filter(o -> !o.id().equals(kit.organization().id())).findFirst();
    }

    private void count(MediaKit kit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = em.createNativeQuery("UPDATE media_kit_download SET downloads = downloads + 1 WHERE kit_id = ? AND count_day = ?")
                .setParameter(1, kit.id()).setParameter(2, java.sql.Date.valueOf(today)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO media_kit_download (kit_id, count_day, downloads) VALUES (?, ?, 1)")
                    .setParameter(1, kit.id()).setParameter(2, java.sql.Date.valueOf(today)).executeUpdate();
        }
    }

    /** A project of the kit's own organization, by slug, or null for none. */
    private String project(Organization organization, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        var project = projects.find(slug.strip()).filter(p -> p.organization().id().equals(organization.id()))
                .orElseThrow(() -> new InvalidInputException("project", "'" + slug + "' is not a project of " + organization.name()));
        return project.slug();
    }

    /** The public page of the kit's project's local service protocol, when it has a published one. */
    private String protocolUrl(MediaKit kit, String lang) {
        if (kit.project() == null || protocols.find(kit.project()).filter(LocalProtocol::isPublic).isEmpty()) {
            return null;
        }
        return settings.absolute("/" + ("fr".equals(lang) ? "fr" : "en") + "/projects/" + kit.project() + "/protocol");
    }

    private KitContent content(Organization organization, KitInput input) {
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "is " + Coded.codes(KitKind.class));
        }
        KitKind kind = Coded.parse(KitKind.class, input.kind(), "kind");
        Set<String> audienceCodes = input.audiences() == null ? Set.of()
                : audiences.byCodes(input.audiences(), "audiences").stream().map(Audience::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<CustomField> custom = java.util.EnumSet.noneOf(CustomField.class);
        if (input.customizable() != null) {
            for (String code : input.customizable()) {
                custom.add(java.util.Arrays.stream(CustomField.values()).filter(f -> f.code().equals(code)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("customizable", "unknown field '" + code
                                + "'; expected organizationName, logo, localServices or contact")));
            }
        }
        List<KitItemInput> items = input.items() == null ? List.of() : input.items();
        for (int n = 0; n < items.size(); n++) {
            KitItemInput item = items.get(n);
            if (item != null && "media".equals(item.type()) && item.media() != null) {
                media.usable(organization, item.media().strip(), "items[" + n + "].media");
            }
        }
        String campaign = input.campaign() == null || input.campaign().isBlank() ? null : input.campaign().strip();
        return new KitContent(kind, input.title(), input.summary(), audienceCodes, input.usageTerms(), custom, campaign,
                input.level(), input.duration(), items);
    }

    private void saved(MediaKit kit, String details) {
        em.flush();
        media.use(MediaKit.OWNER_TYPE, kit.publicId(), Map.of(ITEM_ROLE, kit.mediaIds()), kit.isPublic());
        recordRevision(kit, actor(), details);
        audit.record(kit.organization().id(), actor(), "media-kit.saved", "media-kit", kit.publicId(), details);
        publicContent.fire(new PublicContentChanged("media-kit:" + kit.slug()));
    }

    private String freeSlug(String title) {
        String base = Slug.from(title);
        String slug = base;
        for (int n = 2; em.createNamedQuery(MediaKit.SLUG_TAKEN, Long.class).setParameter("slug", slug).getSingleResult() > 0; n++) {
            slug = Slug.numbered(base, n);
        }
        return slug;
    }

    private Map<String, KitJson.Translation> translationsJson(MediaKit kit, boolean publicOnly) {
        Map<String, KitJson.Translation> map = new LinkedHashMap<>();
        for (MediaKit other : translations(kit)) {
            if (!publicOnly || other.isPublic()) {
                map.put(other.lang(), new KitJson.Translation(publicOnly ? null : other.publicId(), other.slug(), other.lang(),
                        other.title(), other.status().code(), other.isPublic() ? url(other) : null));
            }
        }
        return map;
    }

    private Optional<MediaKit> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(MediaKit.FIND_BY_PUBLIC_ID, MediaKit.class).setParameter("id", id).getResultStream().findFirst();
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    private String actor() {
        return caller.find().map(Account::email).orElse(Consents.SYSTEM);
    }

    private static Map<String, Object> currentState(MediaKit kit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", kit.title());
        state.put("summary", kit.summary());
        state.put("usageTerms", kit.usageTerms());
        state.put("items", kit.items().stream().map(KitItem::asInput).toList());
        return state;
    }

    static Locale locale(MediaKit kit) {
        return kit.lang().startsWith("fr") ? Locale.CANADA_FRENCH : Locale.CANADA;
    }

    static Map<CustomField, String> customFrom(Map<String, String> params) {
        Map<CustomField, String> values = new EnumMap<>(CustomField.class);
        for (CustomField field : CustomField.values()) {
            String v = params.get(field.code());
            if (v != null) {
                values.put(field, v);
            }
        }
        return values;
    }
}
