package dev.refract.testkit.internal;

/** The kit's one-line messages on stderr, so that a fallback or a skip never goes unnoticed. */
final class Notices {
    private Notices() {
    }

    static void loud(String message) {
        System.err.println("[refract-testkit] " + message);
        System.err.flush();
    }

    /** The innermost cause, like {@code ConnectException: Connection refused}. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s+", " ").trim();
    }
}
