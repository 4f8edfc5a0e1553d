package org.hearth.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.platform.persistence.DatabaseSettings;

/**
 * The installation's secret box. The key comes from {@code HEARTH_SECRET_KEY} (32 bytes, Base64);
 * without it one is generated on first use into {@code <data dir>/secret.key}, readable by the
 * owner only. Back it up with the database: without it, sealed values cannot be read.
 */
@ApplicationScoped
public class Secrets {

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    @Inject
    @ConfigProperty(name = "hearth.secret.key")
    Optional<String> configuredKey;

    private SecretBox box;

    @PostConstruct
    void init() {
        box = new SecretBox(configuredKey.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseGet(Secrets::keyFromDataFolder));
    }

    public String sealText(String plain) {
        return plain == null ? null : Base64.getEncoder().encodeToString(box.seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String openText(String sealed) {
        return sealed == null ? null : new String(box.open(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
    }

    public byte[] seal(byte[] plain) {
        return box.seal(plain);
    }

    public byte[] open(byte[] sealed) {
        return box.open(sealed);
    }

    private static byte[] keyFromDataFolder() {
        Path file = DatabaseSettings.fromEnvironment().dataDir().resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = SecretBox.newKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            LOG.warning(() -> "Generated the encryption key for identities and evidence at " + file
                    + "; back it up with the database (or set HEARTH_SECRET_KEY).");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
