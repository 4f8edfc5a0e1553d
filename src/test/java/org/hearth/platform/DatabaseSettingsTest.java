package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.hearth.platform.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void embeddedH2InTheDataFolderByDefault() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("hearth.data.dir", "/srv/hearth")::get);
        assertFalse(settings.isMysql());
        assertEquals("org.h2.jdbcx.JdbcDataSource", settings.dataSourceClass());
        assertTrue(settings.url().startsWith("jdbc:h2:file:/srv/hearth/db/hearth;MODE=MySQL"), settings.url());
        assertEquals(Path.of("/srv/hearth"), settings.dataDir());
    }

    @Test
    void embeddedH2WritesEveryCommitBeforeItIsAcknowledged() {
        String url = DatabaseSettings.from(Map.of("hearth.data.dir", "/srv/hearth")::get).urlWithCredentials();
        assertTrue(url.endsWith(";WRITE_DELAY=0"), url);
        String own = DatabaseSettings.from(Map.of("hearth.db.url", "jdbc:h2:file:/x/db;WRITE_DELAY=100")::get).urlWithCredentials();
        assertEquals("jdbc:h2:file:/x/db;WRITE_DELAY=100", own, "an operator's explicit choice is kept");
    }

    @Test
    void aRelativeDataFolderIsResolvedAgainstTheWorkingDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(Map.<String, String>of()::get);
        assertTrue(settings.dataDir().isAbsolute());
        assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
    }

    @Test
    void aMysqlUrlSwitchesDriverAndCarriesCredentials() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "hearth.db.url", "jdbc:mysql://127.0.0.1:3306/hearth",
                "hearth.db.user", "hearth", "hearth.db.password", "p&ss word")::get);
        assertTrue(settings.isMysql());
        assertEquals("com.mysql.cj.jdbc.MysqlDataSource", settings.dataSourceClass());
        String url = settings.urlWithCredentials();
        assertTrue(url.startsWith("jdbc:mysql://127.0.0.1:3306/hearth?user=hearth&password=p%26ss+word"), url);
        assertTrue(url.contains("connectionTimeZone=UTC"), url);
        assertEquals("jdbc:mysql://127.0.0.1:3306/hearth", DatabaseSettings.from(Map.of(
                "hearth.db.url", "jdbc:mysql://127.0.0.1:3306/hearth?password=secret")::get).safeUrl());
    }

    @Test
    void anEmptyPasswordIsNoPassword() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "hearth.db.url", "jdbc:mysql://127.0.0.1:3306/hearth", "hearth.db.user", "root",
                "hearth.db.password", "")::get);
        assertFalse(settings.urlWithCredentials().contains("password="));
    }

    @Test
    void mysqlConnectionsGiveUpOnADatabaseThatStoppedOrHangs() {
        String url = DatabaseSettings.from(Map.of("hearth.db.url", "jdbc:mysql://127.0.0.1:3306/hearth")::get).urlWithCredentials();
        assertTrue(url.contains("connectTimeout=5000") && url.contains("socketTimeout=30000"), url);
        String own = DatabaseSettings.from(Map.of("hearth.db.url", "jdbc:mysql://127.0.0.1:3306/hearth",
                "hearth.db.connect-timeout", "PT2S", "hearth.db.socket-timeout", "90")::get).urlWithCredentials();
        assertTrue(own.contains("connectTimeout=2000") && own.contains("socketTimeout=90000"), own);
        String explicit = DatabaseSettings.from(Map.of("hearth.db.url", "jdbc:mysql://h/db?socketTimeout=1000")::get).urlWithCredentials();
        assertFalse(explicit.contains("socketTimeout=30000"), "a timeout in the URL itself wins: " + explicit);
    }

    @Test
    void aTimeoutThatIsNotADurationStopsTheStart() {
        var wrong = Map.of("hearth.db.url", "jdbc:mysql://h/db", "hearth.db.socket-timeout", "soon");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(wrong::get));
        assertTrue(refused.getMessage().contains("hearth.db.socket-timeout"), refused.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(Map.of("hearth.db.connect-timeout", "PT0S")::get));
    }
}
