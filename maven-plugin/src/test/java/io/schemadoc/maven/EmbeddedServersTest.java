package io.schemadoc.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.source.EmbeddedServer;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The last goal to leave stops the server, before Maven closes the class loader stopping needs. */
class EmbeddedServersTest {

    @Test
    void lastGoalOutStopsTheServer() throws Exception {
        EmbeddedServers.enter();
        EmbeddedServer server = EmbeddedServer.of(18);
        EmbeddedServers.enter();
        EmbeddedServers.leave();
        try (Connection c = server.connect("postgres")) {
            assertThat(c.isValid(5)).as("another goal still runs").isTrue();
        }
        EmbeddedServers.leave();
        assertThatThrownBy(() -> server.connect("postgres").close()).isInstanceOf(SQLException.class);
        EmbeddedServer next = EmbeddedServer.of(18);
        try (Connection c = next.connect("postgres")) {
            assertThat(c.isValid(5)).as("a later goal starts a new one").isTrue();
        } finally {
            EmbeddedServer.stopAll();
        }
        assertThat(System.getProperty(EmbeddedServers.ZONKY_LOG_LEVEL)).isEqualTo("warn");
    }
}
