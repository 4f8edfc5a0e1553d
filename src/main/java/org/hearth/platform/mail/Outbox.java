package org.hearth.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;
import org.hearth.platform.persistence.DatabaseSettings;

/**
 * Where messages to people go while no mail server is configured: one text file per message in
 * {@code <data dir>/outbox}, and a log line saying where. {@link Mail} is the way in.
 */
final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private Outbox() {
    }

    static Path write(String to, String subject, String body) {
        Path folder = DatabaseSettings.fromEnvironment().dataDir().resolve("outbox");
        Path file = folder.resolve(Instant.now().toEpochMilli() + "-" + to.replaceAll("[^A-Za-z0-9@._-]", "_") + ".txt");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "To: " + to + "\nSubject: " + subject + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> "No mail server configured: the message to " + to + " is in " + file);
        return file;
    }
}
