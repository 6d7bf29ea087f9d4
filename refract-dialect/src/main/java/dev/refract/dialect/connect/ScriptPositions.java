package dev.refract.dialect.connect;

/**
 * The {@code Position:} block Prisma appends to a PostgreSQL error in a migration script: the line
 * the error points at, numbered, with up to five lines before it. Plain text (Prisma colours it).
 */
final class ScriptPositions {
    private static final int CONTEXT_LINES = 5;

    private ScriptPositions() {
    }

    /** The block for a 1-based character {@code position} in {@code script}; empty when there is none. */
    static String render(String script, int position) {
        if (position <= 0) {
            return "";
        }
        String[] lines = script.split("\n", -1);
        int consumed = 0;
        for (int index = 0; index < lines.length; index++) {
            String line = stripCarriageReturn(lines[index]);
            consumed += lines[index].length() + 1;
            if (position <= consumed) {
                StringBuilder block = new StringBuilder("\n\nPosition:");
                for (int before = Math.max(0, index - CONTEXT_LINES); before < index; before++) {
                    String previous = stripCarriageReturn(lines[before]);
                    block.append('\n').append(String.format("%3d", before + 1))
                            .append(previous.isEmpty() ? "" : " ").append(previous);
                }
                block.append('\n').append(String.format("%3d", index + 1)).append(' ').append(line);
                return block.toString();
            }
        }
        return "";
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
