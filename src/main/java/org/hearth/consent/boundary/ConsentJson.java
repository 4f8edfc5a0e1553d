package org.hearth.consent.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.CompensationStatus;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.ConsentTerms;
import org.hearth.consent.entity.Descriptor;
import org.hearth.consent.entity.FaceLevel;
import org.hearth.consent.entity.NameLevel;
import org.hearth.consent.entity.Takedown;
import org.hearth.consent.entity.VoiceLevel;
import org.hearth.shared.Coded;

/** The consent record's JSON shapes, as in the contract. */
public final class ConsentJson {

    private ConsentJson() {
    }

    public record Identification(String name, String face, String voice) {
    }

    public record Compensation(String status, String note) {
    }

    /** Create or update. */
    public record Input(String organization, String storyteller, Boolean storytellerMinor, String obtainedBy,
                        LocalDate obtainedOn, String language, String interpreter, Map<String, Boolean> channels,
                        Identification identification, List<String> languages, List<String> audiences,
                        LocalDate expiresOn, String withheldDetails, String descriptor, Compensation compensation,
                        String realIdentity, Integer version) {

        public ConsentTerms terms() {
            Set<Channel> allowed = EnumSet.noneOf(Channel.class);
            if (channels != null) {
                channels.forEach((key, value) -> {
                    Channel channel = Coded.parse(Channel.class, key, "channels");
                    if (Boolean.TRUE.equals(value)) {
                        allowed.add(channel);
                    }
                });
            }
            Identification id = identification == null ? new Identification(null, null, null) : identification;
            return new ConsentTerms(storyteller, Boolean.TRUE.equals(storytellerMinor), obtainedBy, obtainedOn, language,
                    interpreter, allowed,
                    id.name() == null ? null : Coded.parse(NameLevel.class, id.name(), "identification.name"),
                    id.face() == null ? null : Coded.parse(FaceLevel.class, id.face(), "identification.face"),
                    id.voice() == null ? null : Coded.parse(VoiceLevel.class, id.voice(), "identification.voice"),
                    languages == null ? Set.of() : Set.copyOf(languages), audiences == null ? Set.of() : Set.copyOf(audiences),
                    expiresOn, withheldDetails,
                    descriptor == null ? null : Coded.parse(Descriptor.class, descriptor, "descriptor"),
                    compensation == null || compensation.status() == null ? null
                            : Coded.parse(CompensationStatus.class, compensation.status(), "compensation.status"),
                    compensation == null ? null : compensation.note());
        }
    }

    public record Output(String id, String organization, String storyteller, boolean storytellerMinor, String obtainedBy,
                         LocalDate obtainedOn, String language, String interpreter, Map<String, Boolean> channels,
                         Identification identification, List<String> languages, List<String> audiences,
                         LocalDate expiresOn, String withheldDetails, String descriptor, Compensation compensation,
                         boolean realIdentityKept, EvidenceJson evidence, String status, int version) {
    }

    /** What is known of the evidence file without opening it. */
    public record EvidenceJson(String name, String type, long size) {
    }

    public record Removed(String type, String id, String url) {
    }

    public record TakedownRecord(String id, String consent, String reason, String scope, String channels, String actor,
                                 Instant at, List<Removed> removed) {
    }

    public static Output of(ConsentRecord consent, LocalDate today) {
        ConsentTerms t = consent.terms();
        Map<String, Boolean> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            channels.put(channel.code(), t.channels().contains(channel));
        }
        return new Output(consent.publicId(), consent.organization().slug(), t.storyteller(), t.storytellerMinor(),
                t.obtainedBy(), t.obtainedOn(), t.language(), t.interpreter(), channels,
                new Identification(t.name().code(), t.face().code(), t.voice().code()),
                t.languages().stream().sorted().toList(), t.audiences().stream().sorted().toList(), t.expiresOn(),
                t.withheldDetails(), t.descriptor().code(), new Compensation(t.compensation().code(), t.compensationNote()),
                consent.identitySealed() != null,
                consent.hasEvidence() ? new EvidenceJson(consent.evidenceName(), consent.evidenceType(), consent.evidenceSize()) : null,
                consent.status(today), consent.version());
    }

    public static TakedownRecord of(Takedown takedown) {
        return new TakedownRecord(takedown.publicId(), takedown.consent().publicId(),
                takedown.reason().name().toLowerCase(), takedown.scope(), takedown.channels(), takedown.actor(), takedown.at(),
                takedown.removed().stream().map(r -> new Removed(r.type(), r.itemId(), r.url())).toList());
    }
}
