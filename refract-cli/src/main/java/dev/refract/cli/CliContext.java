package dev.refract.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command needs from its surroundings, passed in rather than read from globals so tests can
 * run commands in-process: the working directory (Java cannot change its own), the environment,
 * and whether standard output is a terminal.
 */
public record CliContext(Path workingDir, Map<String, String> env, boolean stdoutIsTerminal) {

    public CliContext {
        workingDir = workingDir.toAbsolutePath().normalize();
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** The real process: current directory, real environment, a console when attached to a terminal. */
    public static CliContext fromSystem() {
        return new CliContext(Path.of(""), System.getenv(), System.console() != null);
    }

    /** The context of a test: a directory, no environment, no terminal. */
    public static CliContext of(Path workingDir) {
        return new CliContext(workingDir, Map.of(), false);
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
