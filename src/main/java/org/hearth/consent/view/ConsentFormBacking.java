package org.hearth.consent.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.CompensationStatus;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.ConsentTerms;
import org.hearth.consent.entity.Descriptor;
import org.hearth.consent.entity.FaceLevel;
import org.hearth.consent.entity.NameLevel;
import org.hearth.consent.entity.VoiceLevel;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * Recording a consent ({@code /studio/consents/new}) and amending its terms
 * ({@code /studio/consents/{id}/edit}). The form holds values only: {@link ConsentTerms} checks them
 * as a whole and {@link Consents} applies the rules (who may, narrower terms send stories back to review).
 */
@Named("consentForm")
@RequestScoped
public class ConsentFormBacking {

    /** The languages offered as boxes to tick; others can be typed. */
    static final List<String> COMMON_LANGUAGES = List.of("en", "fr");

    @Inject
    Consents consents;

    @Inject
    Audiences audiences;

    @Inject
    Caller caller;

    private String id;
    private Integer version;
    private String organization;
    private String storyteller;
    private boolean storytellerMinor;
    private String realIdentity;
    private String obtainedBy;
    private LocalDate obtainedOn = LocalDate.now(java.time.ZoneOffset.UTC);
    private String language = "en";
    private String interpreter;
    private List<String> channelCodes = new ArrayList<>(List.of(Channel.WEBSITE.code()));
    private String name = NameLevel.PSEUDONYM.code();
    private String face = FaceLevel.NONE.code();
    private String voice = VoiceLevel.NONE.code();
    private List<String> languageCodes = new ArrayList<>(List.of("en"));
    private String otherLanguages;
    private List<String> audienceCodes = new ArrayList<>();
    private LocalDate expiresOn;
    private String withheldDetails;
    private String descriptor = Descriptor.NONE.code();
    private String compensation = CompensationStatus.NONE.code();
    private String compensationNote;

    /** On a postback, which consent this is must be known before the form is decoded (fields depend on it). */
    @jakarta.annotation.PostConstruct
    void identify() {
        setId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("consentForm:id"));
    }

    /** Fills the form from the consent in the address on the first request. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object routed = faces.getExternalContext().getRequestMap().get(StudioRouter.CONSENT_ID);
        if (faces.isPostback()) {
            return;
        }
        if (routed == null) {
            organization = getOrganizations().stream().findFirst().map(Organization::slug).orElse(null);
            return;
        }
        try {
            fill(consents.read(routed.toString()));
        } catch (ResourceNotFoundException e) {
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    private void fill(ConsentRecord consent) {
        ConsentTerms t = consent.terms();
        id = consent.publicId();
        version = consent.version();
        organization = consent.organization().slug();
        storyteller = t.storyteller();
        storytellerMinor = t.storytellerMinor();
        obtainedBy = t.obtainedBy();
        obtainedOn = t.obtainedOn();
        language = t.language();
        interpreter = t.interpreter();
        channelCodes = new ArrayList<>(t.channels().stream().map(Channel::code).toList());
        name = t.name().code();
        face = t.face().code();
        voice = t.voice().code();
        languageCodes = new ArrayList<>(t.languages().stream().filter(COMMON_LANGUAGES::contains).sorted().toList());
        otherLanguages = String.join(", ", t.languages().stream().filter(l -> !COMMON_LANGUAGES.contains(l)).sorted().toList());
        audienceCodes = new ArrayList<>(t.audiences());
        expiresOn = t.expiresOn();
        withheldDetails = t.withheldDetails();
        descriptor = t.descriptor().code();
        compensation = t.compensation().code();
        compensationNote = t.compensationNote();
    }

    public String save() {
        try {
            ConsentTerms terms = terms();
            ConsentRecord saved = id == null ? consents.create(organization, terms, realIdentity)
                    : consents.amend(id, terms, version);
            StudioText.info(id == null ? "consentForm.created" : "consentForm.saved");
            StudioPage.redirect("/studio/consents/" + saved.publicId());
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> StudioText.errorAt("consentForm:" + field(e.field()), StudioText.fieldError(label(e.field()), e)));
        } catch (StaleVersionException stale) {
            StudioText.error("consentForm.conflict");
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    ConsentTerms terms() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channelCodes.forEach(c -> channels.add(Coded.parse(Channel.class, c, "channels")));
        return new ConsentTerms(blankToNull(storyteller), storytellerMinor, blankToNull(obtainedBy), obtainedOn,
                blankToNull(language), blankToNull(interpreter), channels,
                Coded.parse(NameLevel.class, name, "identification"), Coded.parse(FaceLevel.class, face, "identification"),
                Coded.parse(VoiceLevel.class, voice, "identification"), languages(languageCodes, otherLanguages),
                Set.copyOf(audienceCodes), expiresOn, blankToNull(withheldDetails),
                Coded.parse(Descriptor.class, descriptor, "descriptor"),
                Coded.parse(CompensationStatus.class, compensation, "compensation"), blankToNull(compensationNote));
    }

    /** The ticked languages and the typed ones ("iu, ar"), as lower-case codes without repeats. */
    static Set<String> languages(List<String> ticked, String typed) {
        Set<String> all = new LinkedHashSet<>(ticked);
        if (typed != null) {
            Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(String::toLowerCase).forEach(all::add);
        }
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The form field an error is about (the terms name fields as the API does). */
    static String field(String errorField) {
        return switch (errorField) {
            case "identification", "identification.name" -> "name";
            case "languages" -> "languageCodes";
            case "channels" -> "channels";
            default -> errorField;
        };
    }

    private static String label(String errorField) {
        String key = "consentForm." + field(errorField);
        return StudioText.has(key) ? StudioText.text(key) : errorField;
    }

    /** Where a consent may be recorded: the organization the studio works in, if the person may handle consents there. */
    public List<Organization> getOrganizations() {
        return caller.inView(Role::mayHandleConsents);
    }

    public List<Audience> getAudiences() {
        return audiences.all();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public NameLevel[] getNameLevels() {
        return NameLevel.values();
    }

    public FaceLevel[] getFaceLevels() {
        return FaceLevel.values();
    }

    public VoiceLevel[] getVoiceLevels() {
        return VoiceLevel.values();
    }

    public Descriptor[] getDescriptors() {
        return Descriptor.values();
    }

    public CompensationStatus[] getCompensations() {
        return CompensationStatus.values();
    }

    public List<String> getCommonLanguages() {
        return COMMON_LANGUAGES;
    }

    /** The label of an option: {@code consentForm.<Type>.<code>}. */
    public String option(Coded value) {
        return StudioText.text("consentForm." + value.getClass().getSimpleName() + "." + value.code());
    }

    public boolean isNew() {
        return id == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getStoryteller() {
        return storyteller;
    }

    public void setStoryteller(String storyteller) {
        this.storyteller = storyteller;
    }

    public boolean isStorytellerMinor() {
        return storytellerMinor;
    }

    public void setStorytellerMinor(boolean storytellerMinor) {
        this.storytellerMinor = storytellerMinor;
    }

    public String getRealIdentity() {
        return realIdentity;
    }

    public void setRealIdentity(String realIdentity) {
        this.realIdentity = realIdentity;
    }

    public String getObtainedBy() {
        return obtainedBy;
    }

    public void setObtainedBy(String obtainedBy) {
        this.obtainedBy = obtainedBy;
    }

    public LocalDate getObtainedOn() {
        return obtainedOn;
    }

    public void setObtainedOn(LocalDate obtainedOn) {
        this.obtainedOn = obtainedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter;
    }

    public List<String> getChannelCodes() {
        return channelCodes;
    }

    public void setChannelCodes(List<String> channelCodes) {
        this.channelCodes = channelCodes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFace() {
        return face;
    }

    public void setFace(String face) {
        this.face = face;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public List<String> getLanguageCodes() {
        return languageCodes;
    }

    public void setLanguageCodes(List<String> languageCodes) {
        this.languageCodes = languageCodes;
    }

    public String getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(String otherLanguages) {
        this.otherLanguages = otherLanguages;
    }

    public List<String> getAudienceCodes() {
        return audienceCodes;
    }

    public void setAudienceCodes(List<String> audienceCodes) {
        this.audienceCodes = audienceCodes;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getWithheldDetails() {
        return withheldDetails;
    }

    public void setWithheldDetails(String withheldDetails) {
        this.withheldDetails = withheldDetails;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public void setDescriptor(String descriptor) {
        this.descriptor = descriptor;
    }

    public String getCompensation() {
        return compensation;
    }

    public void setCompensation(String compensation) {
        this.compensation = compensation;
    }

    public String getCompensationNote() {
        return compensationNote;
    }

    public void setCompensationNote(String compensationNote) {
        this.compensationNote = compensationNote;
    }
}
