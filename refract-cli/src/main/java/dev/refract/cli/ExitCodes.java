package dev.refract.cli;

/** Every exit code the refract command returns, in one place. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /**
     * The input is wrong: schema errors (P1012), a schema file that is missing or unreadable, a
     * file that would change under {@code format --check}, a schema {@code init} would overwrite.
     */
    public static final int INVALID_INPUT = 1;
    /** The command line is wrong: unknown command or option, bad or missing option value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
