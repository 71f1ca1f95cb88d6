package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code schemadoc} command: parses, dispatches to one subcommand, maps failures to exit codes. */
@Command(
    name = "schemadoc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads a PostgreSQL schema and tells the truth about it.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. Picocli builds the model of every command it is given by
     * reflection, which took a quarter of the start-up of a short run; so a command line that names its subcommand
     * builds that one only, and anything else (no subcommand, help, a typo) gets them all, as before.
     */
    private static final List<Class<?>> COMMANDS = List.of(
        InspectCommand.class, DocCommand.class, CheckCommand.class, CoverageCommand.class,
        TraceCommand.class, LintCommand.class, DiffCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class);

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: inspect, doc, check, coverage, trace, lint, diff or serve");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns the exit code (used by tests too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cmd = new CommandLine(main);
        for (Class<?> command : commandsFor(args)) {
            cmd.addSubcommand(command);
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            err.println("schemadoc: " + ex.getMessage() + " (see `schemadoc " + commandPath(ex.getCommandLine()) + "--help`)");
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean showTrace = main.debug || parseResult.originalArgs().contains("--debug");
            if (showTrace) {
                ex.printStackTrace(err);
            }
            if (ex instanceof SchemadocException) {
                err.println("schemadoc: " + oneLine(ex.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            err.println("schemadoc: internal error: " + oneLine(String.valueOf(ex)) + (showTrace ? "" : " (run again with --debug for details)"));
            err.flush();
            return INTERNAL_ERROR;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The one subcommand the arguments name (after any top-level option), or all of them. */
    static List<Class<?>> commandsFor(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) {
                continue; // the one top-level option that can come before a subcommand and leave it in charge
            }
            if (arg.startsWith("-")) {
                break; // --help, --version, or a mistake: the top-level command answers, and lists every subcommand
            }
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(arg)) {
                    return List.of(command);
                }
            }
            break;
        }
        return COMMANDS;
    }

    private static String commandPath(CommandLine commandLine) {
        String name = commandLine.getCommandSpec().qualifiedName(" ");
        return name.equals("schemadoc") ? "" : name.substring("schemadoc ".length()) + " ";
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"schemadoc " + (v == null ? "development build" : v)};
        }
    }
}
