package org.hearth.content.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.content.control.ContentFile;
import org.hearth.help.boundary.HelpResources;
import org.hearth.help.entity.HelpResource;
import org.hearth.protocol.boundary.Protocols;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolContent;
import org.hearth.protocol.entity.StepInput;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.ServiceDetails;
import org.hearth.service.entity.SupportService;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.story.boundary.Stories;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.mediakit.boundary.KitInput;
import org.hearth.mediakit.boundary.MediaKits;
import org.hearth.mediakit.entity.KitItemInput;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.media.entity.MediaDescription;
import org.hearth.story.boundary.StoryInput;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/**
 * Imports a content folder (the format in the contract: organization, audiences, projects,
 * campaigns, stories) into an empty database, all in one transaction: a folder with a mistake
 * imports nothing and the log names the file. A story exported as approved, scheduled or published
 * still passes the consent gate; one it refuses comes in as a draft, named in the log with the
 * gate's reasons. Runs on the first start with {@code HEARTH_SEED_CONTENT}.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    private static final String DEFAULT_FOLDER = "content";
    private static final String BUNDLED = "sample-content";

    /** Who the audit log and the imagery check name for what the import brought in. */
    static final String IMPORTER = "content import";

    @Inject
    MediaLibrary media;

    @Inject
    MediaKits mediaKits;

    @Inject
    @ConfigProperty(name = "hearth.seed.content", defaultValue = "content")
    String seedFolder;

    @Inject
    Organizations organizations;

    @Inject
    Audiences audiences;

    @Inject
    Projects projects;

    @Inject
    Campaigns campaigns;

    @Inject
    Stories stories;

    @Inject
    HelpResources helpResources;

    @Inject
    Services services;

    @Inject
    Protocols protocols;

    private final Clock clock = Clock.systemUTC();

    // Transactional here too: the call to importFolder below is a self-call that no interceptor sees.
    @Transactional
    void onSchemaReady(@Observes @Priority(20) SchemaReady ready) {
        if ("none".equalsIgnoreCase(seedFolder.strip())) {
            LOG.info("HEARTH_SEED_CONTENT=none: starting without sample content.");
            return;
        }
        if (!organizations.noneExists()) {
            return;
        }
        Path folder = Path.of(seedFolder).toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
            Summary summary = importFolder(folder);
            LOG.info(() -> "Imported " + folder + ": " + summary);
        } else if (DEFAULT_FOLDER.equals(seedFolder.strip())) {
            Summary summary = importFolder(bundledSample());
            LOG.info(() -> "Imported the sample content bundled with Hearth (no ./content here): " + summary);
        } else {
            LOG.warning(() -> "No content folder at " + folder + " (HEARTH_SEED_CONTENT); starting empty.");
        }
    }

    /** The sample content copied into the application at build time (the project's {@code content/}). */
    static Path bundledSample() {
        URL marker = ContentImport.class.getClassLoader().getResource(BUNDLED + "/organization.yaml");
        if (marker == null) {
            throw new IllegalStateException("The sample content is missing from this build");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Opened by an earlier import in this JVM.
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the bundled sample content at " + marker, e);
        }
    }

    /** What an import brought in. */
    public record Summary(int audiences, int projects, int campaigns, int stories, int mediaKits, int services,
                          int protocols) {
    }

    @Transactional
    public Summary importFolder(Path folder) {
        try {
            Instant now = clock.instant();
            Organization organization = organization(ContentFile.read(folder.resolve("organization.yaml")), now);
            int audienceCount = audiences(folder.resolve("audiences.yaml"));
            int projectCount = 0;
            for (ContentFile file : files(folder.resolve("projects"))) {
                project(file, organization, now);
                projectCount++;
            }
            int campaignCount = 0;
            for (ContentFile file : files(folder.resolve("campaigns"))) {
                campaign(file, organization, now);
                campaignCount++;
            }
            Map<String, String> mediaByFile = media(folder.resolve("media"), organization);
            List<ContentFile> storyFiles = files(folder.resolve("stories"));
            Map<String, Story> bySlug = new HashMap<>();
            // Originals first, so that translations find what they translate.
            List<ContentFile> ordered = new ArrayList<>(storyFiles.stream().filter(f -> f.text("translation_of") == null).toList());
            ordered.addAll(storyFiles.stream().filter(f -> f.text("translation_of") != null).toList());
            for (ContentFile file : ordered) {
                String hero = file.text("hero_media");
                if (hero != null && !mediaByFile.containsKey(hero)) {
                    throw new IOException(file.path() + ": hero_media '" + hero + "' is not in media/");
                }
                Story story = story(file, bySlug, hero == null ? null : mediaByFile.get(hero), now);
                media.use("story", story.publicId(), story.title(), story.mediaByRole(), story.isPublic());
                bySlug.put(story.slug(), story);
            }
            int kitCount = mediaKits(folder.resolve("media-kits"), organization, mediaByFile);
            int serviceCount = services(folder.resolve("services.yaml"), organization);
            int protocolCount = protocols(folder.resolve("protocols"), organization, now);
            return new Summary(audienceCount, projectCount, campaignCount, bySlug.size(), kitCount, serviceCount,
                    protocolCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Organization organization(ContentFile file, Instant now) {
        Organization organization = new Organization(file.text("slug"), file.text("name"),
                Province.of(file.text("province")), now);
        organization.describe(ContentFile.localized(file.fields(), "description", "en"),
                ContentFile.localized(file.fields(), "description", "fr"));
        organizations.add(organization);
        int position = 0;
        for (Object entry : (List<?>) file.fields().getOrDefault("help_resources", List.of())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) entry;
            HelpResource help = new HelpResource(organization, ContentFile.text(fields, "code"),
                    ContentFile.localized(fields, "name", "en"), ContentFile.localized(fields, "name", "fr"), position++);
            Object forAudiences = fields.get("audiences");
            String audience = forAudiences instanceof List<?> list && !list.isEmpty() ? list.get(0).toString() : null;
            // An import keeps the verification dates it was given, whatever today is (LocalDate.MAX).
            help.revise(new org.hearth.help.entity.HelpDetails(
                    ContentFile.localized(fields, "name", "en"), ContentFile.localized(fields, "name", "fr"),
                    ContentFile.text(fields, "phone"), ContentFile.text(fields, "tty"), ContentFile.text(fields, "text_url"),
                    ContentFile.localized(fields, "hours", "en"), ContentFile.localized(fields, "hours", "fr"),
                    ContentFile.localized(fields, "languages", "en"), ContentFile.localized(fields, "languages", "fr"),
                    ContentFile.localized(fields, "notes", "en"), ContentFile.localized(fields, "notes", "fr"),
                    audience, ContentFile.day(fields, "last_verified")), java.time.LocalDate.MAX);
            helpResources.add(help);
        }
        return organization;
    }

    private int audiences(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int position = 0;
        for (Map<String, Object> fields : ContentFile.readList(file)) {
            Audience audience = new Audience(ContentFile.text(fields, "code"),
                    ContentFile.localized(fields, "labels", "en"), ContentFile.localized(fields, "labels", "fr"), position++);
            audience.describe(ContentFile.localized(fields, "description", "en"),
                    ContentFile.localized(fields, "description", "fr"));
            audiences.add(audience);
        }
        return position;
    }

    /** The service directory's entries; an import keeps the verification dates it was given (LocalDate.MAX). */
    private int services(Path file, Organization organization) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int count = 0;
        for (Map<String, Object> fields : ContentFile.readList(file)) {
            Map<String, Object> access = ContentFile.map(fields, "accessibility");
            ServiceDetails details = new ServiceDetails(
                    ContentFile.localized(fields, "name", "en"), ContentFile.localized(fields, "name", "fr"),
                    ContentFile.text(fields, "provider"),
                    ContentFile.localized(fields, "summary", "en"), ContentFile.localized(fields, "summary", "fr"),
                    ContentFile.list(fields, "categories"), ContentFile.list(fields, "areas"),
                    ContentFile.list(fields, "audiences"),
                    ContentFile.localized(fields, "languages", "en"), ContentFile.localized(fields, "languages", "fr"),
                    ContentFile.localized(fields, "hours", "en"), ContentFile.localized(fields, "hours", "fr"),
                    new ServiceDetails.Accessibility(ContentFile.flag(access, "wheelchair"), ContentFile.flag(access, "tty"),
                            ContentFile.flag(access, "interpretation")),
                    ContentFile.text(fields, "phone"), ContentFile.text(fields, "text_url"), ContentFile.text(fields, "web_url"),
                    ContentFile.text(fields, "address"), ContentFile.text(fields, "referral"), ContentFile.text(fields, "cost"),
                    ContentFile.flag(fields, "trauma_informed"), ContentFile.flag(fields, "trafficking_specific"),
                    ContentFile.flag(fields, "fictional"), ContentFile.day(fields, "last_verified"));
            try {
                services.add(new SupportService(organization, ContentFile.text(fields, "slug"), details, java.time.LocalDate.MAX));
            } catch (org.hearth.shared.InvalidInputException e) {
                throw new IOException(file + ": service '" + ContentFile.text(fields, "slug") + "': " + e.getMessage(), e);
            }
            count++;
        }
        return count;
    }

    /** One protocol per project, {@code protocols/<project>.yaml}; {@code status: published} publishes it if it passes the checks. */
    private int protocols(Path folder, Organization organization, Instant now) throws IOException {
        int count = 0;
        for (ContentFile file : files(folder, ".yaml")) {
            String project = file.path().getFileName().toString().replaceFirst("\\.ya?ml$", "");
            List<StepInput> steps = new ArrayList<>();
            for (Object entry : (List<?>) file.fields().getOrDefault("steps", List.of())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> step = (Map<String, Object>) entry;
                steps.add(new StepInput(ContentFile.localized(step, "text", "en"), ContentFile.localized(step, "text", "fr"),
                        ContentFile.text(step, "service")));
            }
            ProtocolContent content = new ProtocolContent(
                    ContentFile.localized(file.fields(), "title", "en"), ContentFile.localized(file.fields(), "title", "fr"),
                    ContentFile.localized(file.fields(), "intro", "en"), ContentFile.localized(file.fields(), "intro", "fr"),
                    ContentFile.localized(file.fields(), "rules", "en"), ContentFile.localized(file.fields(), "rules", "fr"),
                    steps, file.day("last_verified"));
            try {
                protocols.add(new LocalProtocol(projects.get(project).slug(), organization.id(), content, now),
                        "published".equals(file.text("status")));
            } catch (org.hearth.shared.BusinessException e) {
                throw new IOException(file.path() + ": " + e.getMessage(), e);
            }
            count++;
        }
        return count;
    }

    private void project(ContentFile file, Organization organization, Instant now) {
        NeighbourhoodProject project = new NeighbourhoodProject(file.slug(), organization, now);
        project.place(file.text("name"), file.text("name_fr"), Province.of(file.text("province")),
                file.text("municipality"), file.text("neighbourhood"));
        project.describe(file.body(), file.text("description_fr"), file.text("partner_services"));
        project.schedule(file.day("starts_on"), file.day("ends_on"));
        projects.add(project);
    }

    private void campaign(ContentFile file, Organization organization, Instant now) {
        Campaign campaign = new Campaign(file.slug(), organization, now);
        campaign.rename(file.text("name"), file.text("name_fr"));
        campaign.describe(file.body(), file.text("description_fr"));
        campaign.runFrom(file.day("starts_on"), file.day("ends_on"));
        campaigns.add(campaign);
    }

    private Story story(ContentFile file, Map<String, Story> bySlug, String heroMedia, Instant now) {
        String[] slugAndLang = file.slugAndLanguage();
        try {
            Map<String, Object> attribution = file.map("attribution");
            StoryInput input = new StoryInput(null, file.text("project"), file.text("campaign"), slugAndLang[1],
                    file.text("title"), file.text("summary"), file.body(), file.list("audiences"), file.list("topics"),
                    file.list("content_notes"), file.text("kind"),
                    new StoryInput.AttributionInput(ContentFile.text(attribution, "type"), ContentFile.text(attribution, "name")),
                    file.text("consent"), null, null);
            NeighbourhoodProject project = projects.find(input.project())
                    .orElseThrow(() -> new InvalidInputException("project", "no project '" + input.project() + "'"));
            String originalSlug = file.text("translation_of");
            Story story;
            if (originalSlug == null) {
                story = Story.draft(project, input.lang(), input.content(), null, now);
                story.placeIn(project, input.campaign() == null ? null : campaigns.get(input.campaign()));
            } else {
                Story original = bySlug.get(originalSlug);
                if (original == null) {
                    throw new InvalidInputException("translation_of", "no story '" + originalSlug + "' in this folder");
                }
                story = original.translate(input.lang(), input.content(), null, now);
            }
            // Persisted before the next query flushes: the original already lists this translation.
            stories.add(story, slugAndLang[0]);
            story.addressTo(audiences.byCodes(input.audiences(), "audiences"));
            story.dependOnConsent(input.consent());
            // Before the state: the gate weighs the media a story shows too.
            story.showHero(heroMedia);
            String status = file.text("status");
            StoryStatus state = status == null ? StoryStatus.DRAFT : Coded.parse(StoryStatus.class, status, "status");
            stories.restoreState(story, state, file.instant("published_at")).ifPresent(refused -> LOG.warning(() ->
                    file.path().getFileName() + ": imported as a draft, not " + state.code() + ": " + refused.getMessage()));
            return story;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file.path().getFileName() + ": " + e.getMessage(), "cannot be imported");
        }
    }

    /**
     * The files of {@code media/} with their {@code <file>.yaml} descriptions, as assets of the
     * organization; answers each file name's media id, for the stories that show them.
     */
    private Map<String, String> media(Path folder, Organization organization) throws IOException {
        Map<String, String> ids = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return ids;
        }
        List<Path> assets;
        try (Stream<Path> paths = Files.list(folder)) {
            assets = paths.filter(p -> !p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : assets) {
            Path yaml = file.resolveSibling(file.getFileName() + ".yaml");
            ContentFile about = Files.exists(yaml) ? ContentFile.read(yaml) : new ContentFile(yaml, Map.of(), "");
            MediaDescription description = new MediaDescription(about.text("alt"), "true".equals(about.text("decorative")),
                    about.text("caption"), about.text("credit"), about.text("licence"), about.text("transcript"),
                    about.list("consents"), "true".equals(about.text("imagery_checked")));
            ids.put(file.getFileName().toString(), media.importFile(organization, file, description, IMPORTER).publicId());
        }
        return ids;
    }

    /**
     * The kits of {@code media-kits/<slug>.yaml}: their items name files of {@code media/} (or
     * carry their text), originals before translations; answers how many.
     */
    private int mediaKits(Path folder, Organization organization, Map<String, String> mediaByFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<ContentFile> kitFiles = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                kitFiles.add(ContentFile.read(path));
            }
        }
        List<ContentFile> ordered = new ArrayList<>(kitFiles.stream().filter(f -> f.text("translation_of") == null).toList());
        ordered.addAll(kitFiles.stream().filter(f -> f.text("translation_of") != null).toList());
        Map<String, MediaKit> bySlug = new HashMap<>();
        for (ContentFile file : ordered) {
            String slug = file.path().getFileName().toString().replaceFirst("\\.yaml$", "");
            List<KitItemInput> items = new ArrayList<>();
            Object listed = file.fields().get("items");
            if (listed instanceof List<?> list) {
                for (Object entry : list) {
                    if (!(entry instanceof Map<?, ?> raw)) {
                        throw new IOException(file.path() + ": each item is a map (type, title, media or text_kind and body)");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> item = (Map<String, Object>) raw;
                    String mediaFile = ContentFile.text(item, "media");
                    if (mediaFile != null && !mediaByFile.containsKey(mediaFile)) {
                        throw new IOException(file.path() + ": media '" + mediaFile + "' is not in media/");
                    }
                    items.add(new KitItemInput(ContentFile.text(item, "type"), mediaFile == null ? null : mediaByFile.get(mediaFile),
                            ContentFile.text(item, "text_kind"), ContentFile.text(item, "title"), ContentFile.text(item, "body")));
                }
            }
            KitInput input = new KitInput(organization.slug(), file.text("campaign"), file.text("lang"), file.text("kind"),
                    file.text("title"), file.text("summary"), file.list("audiences"), file.text("usage_terms"),
                    file.list("customizable"), file.text("level"), file.text("duration"), items, null, file.text("project"));
            String original = file.text("translation_of");
            if (original != null && !bySlug.containsKey(original)) {
                throw new IOException(file.path() + ": translation_of '" + original + "' is not in media-kits/");
            }
            bySlug.put(slug, mediaKits.importKit(organization, slug, input, file.text("status"),
                    original == null ? null : bySlug.get(original), IMPORTER));
        }
        return bySlug.size();
    }

    private static List<ContentFile> files(Path folder) throws IOException {
        return files(folder, ".md");
    }

    /** The folder's files ending in {@code suffix}, by name. */
    private static List<ContentFile> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            List<ContentFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                files.add(ContentFile.read(path));
            }
            return files;
        }
    }
}
