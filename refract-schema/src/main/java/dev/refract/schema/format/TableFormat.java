package dev.refract.schema.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of aligned columns, rendered the way Prisma lays out a block: every column is as wide as
 * its widest cell (measured in UTF-8 bytes, as Prisma does) plus one space; the last cell of a row
 * is not padded. A row may carry a suffix (an end-of-line comment) that does not influence the
 * layout; interleaved rows (unreadable lines) are written as they are and do not count either.
 */
final class TableFormat {
    private static final int COLUMN_SPACING = 1;

    private sealed interface Row permits Regular, Interleaved {
    }

    private static final class Regular implements Row {
        final List<StringBuilder> columns = new ArrayList<>();
        final StringBuilder suffix = new StringBuilder();
    }

    private record Interleaved(String text) implements Row {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Starts a new, empty row; a row left empty renders as a blank line. */
    void startNewLine() {
        rows.add(new Regular());
    }

    /** The cell {@code index} of the current row, creating empty cells up to it. */
    StringBuilder column(int index) {
        Regular row = currentRegular();
        while (row.columns.size() <= index) {
            row.columns.add(new StringBuilder());
        }
        return row.columns.get(index);
    }

    void appendSuffix(String text) {
        currentRegular().suffix.append(text);
    }

    void interleave(String text) {
        rows.add(new Interleaved(text));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private Regular currentRegular() {
        if (rows.isEmpty() || !(rows.get(rows.size() - 1) instanceof Regular row)) {
            Regular row = new Regular();
            rows.add(row);
            return row;
        }
        return row;
    }

    /** Writes every row, one per line, and empties the table. */
    void render(Renderer target) {
        List<Integer> widths = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Regular regular) {
                List<StringBuilder> columns = regular.columns;
                while (!columns.isEmpty() && columns.get(columns.size() - 1).length() == 0) {
                    columns.remove(columns.size() - 1);
                }
                for (int i = 0; i < columns.size(); i++) {
                    int width = utf8Length(columns.get(i));
                    if (i == widths.size()) {
                        widths.add(width);
                    } else if (width > widths.get(i)) {
                        widths.set(i, width);
                    }
                }
            }
        }
        for (Row row : rows) {
            if (row instanceof Regular regular) {
                List<StringBuilder> columns = regular.columns;
                for (int i = 0; i < columns.size(); i++) {
                    String cell = columns.get(i).toString();
                    target.write(cell);
                    if (i < columns.size() - 1) {
                        target.write(" ".repeat(widths.get(i) - utf8Length(cell) + COLUMN_SPACING));
                    }
                }
                if (regular.suffix.length() > 0) {
                    if (!columns.isEmpty()) {
                        target.write(" ");
                    }
                    target.write(regular.suffix.toString());
                }
            } else if (row instanceof Interleaved interleaved) {
                target.write(interleaved.text());
            }
            target.endLine();
        }
        rows.clear();
    }

    static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                bytes += 1;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
