package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void aCommandLineThatNamesItsSubcommandBuildsThatOneOnly() {
        assertThat(Main.commandsFor(new String[] {"doc", "examples/chat-app", "--out", "x"})).containsExactly(DocCommand.class);
        assertThat(Main.commandsFor(new String[] {"--debug", "lint", "db"})).containsExactly(LintCommand.class);
        assertThat(Main.commandsFor(new String[] {"inspect"})).containsExactly(InspectCommand.class);
    }

    @Test
    void helpVersionTyposAndNoSubcommandGetThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--help", "doc"}, {"-V"}, {"help", "doc"}, {"docs"}, {"--debug"}}) {
            assertThat(Main.commandsFor(args)).as(String.join(" ", args)).hasSize(9).contains(DocCommand.class, CommandLine.HelpCommand.class);
        }
    }

    @Test
    void topLevelHelpStillListsEverySubcommandAndHelpForOneStillWorks() {
        assertThat(run("--help")).contains("inspect", "doc", "check", "coverage", "trace", "lint", "diff", "serve", "help");
        assertThat(run("help", "lint")).startsWith("Usage: schemadoc lint");
        assertThat(run("lint", "--help")).startsWith("Usage: schemadoc lint");
    }

    @Test
    void everyCommandThatReadsAConfigTakesDashC() {
        String config = "/nonexistent/.schemadoc.yml";
        String[][] commands = {
            {"doc", "../examples/chat-app", "-c", config, "--out", "x"},
            {"check", "../examples/chat-app", "-c", config, "--docs", "x"},
            {"coverage", "../examples/chat-app", "-c", config},
            {"lint", "../examples/chat-app", "-c", config},
            {"serve", "../examples/chat-app", "-c", config}};
        for (String[] args : commands) {
            StringWriter err = new StringWriter();
            int code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).as(args[0]).isEqualTo(Main.BAD_INPUT);
            assertThat(err.toString()).as(args[0]).contains("config file " + config + " does not exist");
        }
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }
}
