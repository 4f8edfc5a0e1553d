package org.hearth.protocol.boundary;

import static org.hearth.platform.rest.Bilingual.both;
import static org.hearth.platform.rest.Bilingual.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolContent;
import org.hearth.protocol.entity.StepInput;
import org.hearth.shared.Reason;

/**
 * A protocol as the studio API shows and takes it: texts as {@code {"en", "fr"}} maps, steps as
 * {@code {texts, service}}, so what a GET returns can be sent back in a PUT. Read-only: its status,
 * the steps the caller may take, what blocks approval, and whether it is due for checking.
 */
public record StudioProtocolJson(String project, String status, Map<String, String> titles, Map<String, String> intros,
                                 Map<String, String> rules, List<Step> steps, LocalDate lastVerified,
                                 Boolean needsVerification, List<String> actions, List<Blocker> blockers,
                                 Instant updatedAt, Integer version) {

    public record Step(Map<String, String> texts, String service) {
    }

    public record Blocker(String code, String message) {
    }

    static StudioProtocolJson of(LocalProtocol p, List<String> actions, List<Reason> blockers, LocalDate today) {
        ProtocolContent c = p.content();
        return new StudioProtocolJson(p.projectSlug(), p.status().code(), both(c.titleEn(), c.titleFr()),
                both(c.introEn(), c.introFr()), both(c.rulesEn(), c.rulesFr()),
                c.steps().stream().map(s -> new Step(both(s.textEn(), s.textFr()), s.service())).toList(),
                c.lastVerified(), p.needsVerification(today), actions,
                blockers.stream().map(r -> new Blocker(r.code(), r.english())).toList(), p.updatedAt(), p.version());
    }

    ProtocolContent content() {
        return new ProtocolContent(in(titles, "en"), in(titles, "fr"), in(intros, "en"), in(intros, "fr"),
                in(rules, "en"), in(rules, "fr"), steps == null ? List.of() : steps.stream()
                .map(s -> s == null ? null : new StepInput(in(s.texts(), "en"), in(s.texts(), "fr"), s.service())).toList(),
                lastVerified);
    }
}
