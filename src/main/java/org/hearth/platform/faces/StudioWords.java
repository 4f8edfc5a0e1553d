package org.hearth.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Codes said in words on studio pages ({@code #{words.action(code)}}), the code itself when there are none yet. */
@Named("words")
@ApplicationScoped
public class StudioWords {

    /** What an audit event's action means, e.g. {@code consent.withdrawal} → "Withdrawn". */
    public String action(String code) {
        return StudioText.has("audit.action." + code) ? StudioText.text("audit.action." + code) : code;
    }
}
