package dev.refract.cli;

/**
 * A problem a command reports to the user as one line ({@code Error: <message>}) and exits with
 * {@link ExitCodes#INVALID_INPUT}; never shown with a stack trace.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
