package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {

    @Test
    void postgresUrlsAreParsedAndDecoded() {
        ConnectionSettings s = ConnectionSettings.fromUrl("postgres://app%40corp:p%3Ass@db.example:6543/my%20db?sslmode=require", Map.of());
        assertThat(s.host()).isEqualTo("db.example");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.user()).isEqualTo("app@corp");
        assertThat(s.password()).isEqualTo("p:ss");
        assertThat(s.database()).isEqualTo("my db");
        assertThat(s.parameters()).containsEntry("sslmode", "require");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/my%20db");
    }

    @Test
    void jdbcUrlsTakeCredentialsFromParameters() {
        ConnectionSettings s = ConnectionSettings.fromUrl("jdbc:postgresql://h:5/d?user=u&password=secret&ApplicationName=x", Map.of());
        assertThat(s.user()).isEqualTo("u");
        assertThat(s.password()).isEqualTo("secret");
        assertThat(s.parameters()).containsOnlyKeys("ApplicationName");
    }

    @Test
    void passwordsNeverShowInText() {
        ConnectionSettings s = ConnectionSettings.fromUrl("postgresql://u:hunter2@h/d", Map.of());
        assertThat(s.toString()).doesNotContain("hunter2").contains("***");
        assertThat(s.masked()).doesNotContain("hunter2");
        assertThat(ConnectionSettings.maskUrl("see postgres://u:hunter2@h/d and jdbc:postgresql://h/d?password=hunter2"))
            .doesNotContain("hunter2");
    }

    @Test
    void environmentAndPgpassAreUsedWhenTheUrlIsSilent(@TempDir Path dir) throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# comment\nother:5432:*:*:nope\nlocalhost:5433:shop:*:pa\\:ss\n");
        Map<String, String> env = Map.of("PGHOST", "localhost", "PGPORT", "5433", "PGDATABASE", "shop", "PGUSER", "me", "PGPASSFILE", pgpass.toString());
        ConnectionSettings s = ConnectionSettings.fromEnvironment(env);
        assertThat(s.user()).isEqualTo("me");
        assertThat(s.database()).isEqualTo("shop");
        assertThat(s.password()).isEqualTo("pa:ss");
    }

    @Test
    void badPortsAreRefusedClearly() {
        assertThatThrownBy(() -> ConnectionSettings.fromUrl("postgres://u:secret@h:notaport/d", Map.of()))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("bad port")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }
}
