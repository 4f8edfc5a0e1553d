package org.hearth.checks;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Check messages from {@code checks/messages*.properties}: French for French locales, English otherwise. */
final class Messages {

    private static final String BUNDLE = "checks.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        // Without the no-fallback control, an English request on a French JVM would get French.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments).strip();
    }
}
