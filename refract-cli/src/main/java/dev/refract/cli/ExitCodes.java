package dev.refract.cli;

/** Every exit code the refract command returns, in one place. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /**
     * The input is wrong or the command failed: schema errors (P1012), a schema file that is missing
     * or unreadable, a file that would change under {@code format --check}, a schema {@code init}
     * would overwrite, a database error (its P-code is printed), a change that needs consent the
     * command could not ask for (no terminal).
     */
    public static final int INVALID_INPUT = 1;
    /** The command line is wrong: unknown command or option, bad or missing option value. */
    public static final int USAGE = 2;
    /**
     * {@code migrate diff --exit-code} only: the two sides differ (Prisma's code; the same number
     * as {@link #USAGE}, which {@code migrate diff} reports only before it compared anything).
     */
    public static final int DIFFERENCE = 2;
    /**
     * The user answered no to a confirmation ({@code Reset cancelled.}), or {@code migrate dev} found
     * that the database needs a reset it may not do without asking; Prisma's code (SIGINT's).
     */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
