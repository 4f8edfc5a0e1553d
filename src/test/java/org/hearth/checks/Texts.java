package org.hearth.checks;

import java.util.List;

/** Builds texts and runs the checks for tests. */
final class Texts {

    static final List<TerminologyEntry> SEED = TerminologyLoader.seed();

    private Texts() {
    }

    static CheckedText body(String body) {
        return new CheckedText("A title", "A summary", body, "guidance", List.of(), 0);
    }

    static CheckedText title(String title) {
        return new CheckedText(title, "A summary", "A body.", "guidance", List.of(), 0);
    }

    static List<Check> run(CheckedText text) {
        return new PrePublishChecks().run(text, SEED);
    }

    static List<Check> run(CheckedText text, String code) {
        return run(text).stream().filter(check -> check.code().equals(code)).toList();
    }
}
