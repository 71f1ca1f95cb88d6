package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords given in the URL, in PGPASSWORD or in a password file never appear in anything schemadoc prints or
 * writes — on success, on failure (wrong password, wrong database) and with --debug stack traces. Every command runs
 * against a server that really checks passwords; stdout, stderr, every written file and every served page are searched
 * for the password, its URL-encoded form and a distinctive fragment of it.
 */
class SecretsTest {
    // Characters that need URL encoding, so a leak of the encoded form is caught too.
    private static final String SECRET = "Zq9%@Hardening-Pw/0";
    private static final String WRONG = "Wr0ng%@Hardening-Pw/1";
    private static final String SCHEMA = """
        create table account (id bigint generated always as identity primary key, email text not null unique);
        comment on table account is 'who may sign in';
        create table audit (id bigserial primary key, account_id bigint references account on delete cascade, what text);
        create function log_account() returns trigger language plpgsql as $$
        begin
          insert into audit (account_id, what) values (new.id, tg_op);
          return new;
        end $$;
        create trigger account_logged after insert or update on account for each row execute function log_account();
        """;
    private static PasswordServer server;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        server = new PasswordServer(data, "app", SECRET, "shop", SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String url(String password, String db) {
        return "postgres://app" + (password == null ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8))
            + "@localhost:" + server.port() + "/" + db;
    }

    private static List<String> forms(String secret) {
        return List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8), secret.substring(5, 16));
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : List.of(SECRET, WRONG)) {
            for (String form : forms(secret)) {
                assertThat(text).as("%s must not hold the password (%s)", where, form).doesNotContain(form);
            }
        }
    }

    private static void assertNoSecretIn(Cli.Run run) {
        assertNoSecret(run.toString(), run.out() + run.err());
    }

    private static int assertNoSecretInFiles(Path dir) throws Exception {
        int files = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertNoSecret(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                files++;
            }
        }
        return files;
    }

    @Test
    void everyCommandWithThePasswordInTheUrl(@TempDir Path scratch) throws Exception {
        String url = url(SECRET, "shop");
        List<String> ran = new ArrayList<>();
        for (String[] args : Commands.all(url, "public.account", scratch)) {
            if (!Cli.available(args[0])) {
                continue;
            }
            Cli.Run run = Cli.run(withDebug(args));
            assertThat(run.code()).as("%s", run).isIn(0, 1);
            assertNoSecretIn(run);
            ran.add(args[0]);
        }
        assertThat(ran).contains("inspect");
        assertThat(assertNoSecretInFiles(scratch)).as("files written").isPositive();
        if (Cli.available("serve")) {
            try (Serving serving = Serving.start(url)) {
                HttpClient client = HttpClient.newHttpClient();
                String index = serving.get(client, "").body();
                assertNoSecret("served index", index);
                assertNoSecret("serve's output", serving.out.toString() + serving.err);
            }
        }
    }

    @Test
    void everyCommandFailingOnAWrongPasswordOrDatabaseWithDebug(@TempDir Path scratch) throws Exception {
        for (String bad : List.of(url(WRONG, "shop"), url(SECRET, "nope"), url(SECRET, "shop").replace("localhost", "host.invalid"))) {
            for (String[] args : Commands.all(bad, "public.account", scratch)) {
                if (!Cli.available(args[0])) {
                    continue;
                }
                Cli.Run run = Cli.run(withDebug(args));
                assertThat(run.code()).as("%s", run).isEqualTo(2);
                assertThat(run.err()).as("%s", run).contains("schemadoc: ");
                assertNoSecretIn(run);
            }
            if (Cli.available("serve")) {
                Cli.Run run = Cli.run("serve", bad, "--port", "0", "--debug");
                assertThat(run.code()).as("%s", run).isEqualTo(2);
                assertNoSecretIn(run);
            }
        }
        assertNoSecretInFiles(scratch);
    }

    @Test
    void theWrongPasswordIsNamedAsTheProblemWithoutBeingShown() {
        Cli.Run run = Cli.run("inspect", url(WRONG, "shop"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("schemadoc: password authentication failed for user app").doesNotContain("\tat ");
        assertNoSecretIn(run);
    }

    @Test
    void passwordsFromPgpasswordAndAPasswordFileInAChildProcess(@TempDir Path scratch) throws Exception {
        Path pgpass = scratch.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + server.port() + ":*:app:" + SECRET.replace("\\", "\\\\").replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String noPassword = url(null, "shop");
        List<Map<String, String>> environments = List.of(
            Map.of("PGPASSWORD", SECRET),
            Map.of("PGPASSFILE", pgpass.toString()),
            Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.port()), "PGUSER", "app", "PGDATABASE", "shop", "PGPASSWORD", SECRET),
            Map.of("DATABASE_URL", url(SECRET, "shop")));
        for (Map<String, String> env : environments) {
            boolean fromEnvironmentOnly = env.containsKey("PGHOST") || env.containsKey("DATABASE_URL");
            Path out = Files.createDirectories(scratch.resolve("run" + env.hashCode()));
            List<String[]> runs = new ArrayList<>();
            runs.add(fromEnvironmentOnly ? new String[] {"inspect", "--out", out.resolve("m.json").toString()}
                : new String[] {"inspect", noPassword, "--out", out.resolve("m.json").toString()});
            if (Cli.available("doc")) {
                runs.add(fromEnvironmentOnly ? new String[] {"doc", "--out", out.resolve("md").toString()}
                    : new String[] {"doc", noPassword, "--out", out.resolve("md").toString()});
            }
            if (Cli.available("lint")) {
                runs.add(fromEnvironmentOnly ? new String[] {"lint", "--format", "sarif"} : new String[] {"lint", noPassword, "--format", "sarif"});
            }
            for (String[] args : runs) {
                Cli.Run run = Cli.runInChild(env, scratch, withDebug(args));
                assertThat(run.code()).as("%s with %s", run, env.keySet()).isIn(0, 1);
                assertNoSecretIn(run);
            }
            if (!fromEnvironmentOnly) {
                // the same password, wrong database, with a stack trace
                Cli.Run failing = Cli.runInChild(env, scratch, "inspect", url(null, "nope"), "--debug");
                assertThat(failing.code()).as("%s", failing).isEqualTo(2);
                assertThat(failing.err()).contains("does not exist");
                assertNoSecretIn(failing);
            }
            assertThat(assertNoSecretInFiles(out)).isPositive();
        }
    }

    /**
     * The config file holds no connection settings; a password put there by mistake (under a key schemadoc does not
     * know, or in YAML that does not parse around it) is refused without being echoed. (A wrong value under a key
     * schemadoc knows, such as {@code er.distance}, is quoted back on purpose: it is no connection setting.)
     */
    @Test
    void aPasswordWrittenIntoTheConfigIsNeverEchoed(@TempDir Path scratch) throws Exception {
        Path sql = Files.writeString(scratch.resolve("a.sql"), "create table a (id int primary key);\n");
        List<String> configs = List.of(
            "name: shop\npassword: " + SECRET + "\n",
            "name: shop\ndsn: " + url(SECRET, "shop") + "\n",
            "name: [" + SECRET + "\n",
            "name: \"" + SECRET + "\n",
            "name: shop\ndatabase_url: " + url(SECRET, "shop") + "\n",
            "description: ok\n\t" + SECRET + "\n");
        for (String config : configs) {
            Path file = Files.writeString(Files.createDirectories(scratch.resolve("config")).resolve(".schemadoc.yml"), config);
            for (String command : List.of("doc", "lint", "coverage")) {
                if (!Cli.available(command)) {
                    continue;
                }
                String[] args = command.equals("doc")
                    ? new String[] {"doc", sql.toString(), "--config", file.toString(), "--out", scratch.resolve("docs").toString(), "--debug"}
                    : new String[] {command, sql.toString(), "--config", file.toString(), "--debug"};
                Cli.Run run = Cli.run(args);
                assertThat(run.code()).as("%s", run).isIn(0, 1, 2);
                assertNoSecretIn(run);
            }
        }
        if (Files.isDirectory(scratch.resolve("docs"))) {
            assertNoSecretInFiles(scratch.resolve("docs"));
        }
    }

    private static String[] withDebug(String[] args) {
        String[] more = java.util.Arrays.copyOf(args, args.length + 1);
        more[args.length] = "--debug";
        return more;
    }
}
