package dev.refract.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command needs from its surroundings, passed in rather than read from globals so tests can
 * run commands in-process: the working directory (Java cannot change its own), the environment,
 * whether standard output is a terminal, and how to ask the user questions.
 */
public record CliContext(Path workingDir, Map<String, String> env, boolean stdoutIsTerminal, Prompt prompt) {

    public CliContext {
        workingDir = workingDir.toAbsolutePath().normalize();
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(prompt, "prompt");
    }

    /** A context where nothing can be asked. */
    public CliContext(Path workingDir, Map<String, String> env, boolean stdoutIsTerminal) {
        this(workingDir, env, stdoutIsTerminal, Prompt.NONE);
    }

    /**
     * The real process: current directory, real environment, a console when attached to a terminal.
     * Questions are asked only on a terminal, and, as Prisma, not in CI ({@code CI} set) or when
     * {@code TERM} is {@code dumb}.
     */
    public static CliContext fromSystem() {
        Map<String, String> env = System.getenv();
        Console console = System.console();
        boolean terminal = isTerminal(console);
        boolean ask = terminal && !isCi(env) && !"dumb".equals(env.get("TERM"));
        return new CliContext(Path.of(""), env, terminal, ask ? Prompt.terminal(console) : Prompt.NONE);
    }

    /**
     * Whether the console is a terminal. Up to Java 21 a console exists only then; from Java 22 one
     * exists for redirected streams too, and {@code Console.isTerminal()} tells.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The context of a test: a directory, no environment, no terminal. */
    public static CliContext of(Path workingDir) {
        return new CliContext(workingDir, Map.of(), false);
    }

    /** The same context with answers typed in advance (tests of the interactive commands). */
    public CliContext withAnswers(String... answers) {
        return new CliContext(workingDir, env, stdoutIsTerminal, Prompt.answering(answers));
    }

    private static boolean isCi(Map<String, String> env) {
        String ci = env.get("CI");
        return (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) || env.containsKey("CONTINUOUS_INTEGRATION")
                || env.containsKey("BUILD_NUMBER") || env.containsKey("GITHUB_ACTIONS");
    }

    /**
     * ANSI colour only on a terminal, and never when NO_COLOR is set (https://no-color.org; any
     * value, as Prisma's colour library reads it) or TERM is {@code dumb}.
     */
    public boolean colour() {
        return stdoutIsTerminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    /** A path as given by the user, resolved against the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }
}
