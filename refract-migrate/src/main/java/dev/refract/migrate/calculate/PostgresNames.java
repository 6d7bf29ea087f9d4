package dev.refract.migrate.calculate;

import java.nio.charset.StandardCharsets;

/** Names PostgreSQL itself chooses for objects Prisma does not name. */
final class PostgresNames {
    /** NAMEDATALEN - 1: the longest identifier, in bytes. */
    private static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    /**
     * The sequence a {@code SERIAL} column gets: {@code table_column_seq}, with table and column cut
     * as PostgreSQL's {@code makeObjectName} cuts them (the longer one loses a byte at a time until the
     * name fits in 63 bytes, then each is clipped to a character boundary).
     */
    static String serialSequence(String table, String column) {
        byte[] name1 = table.getBytes(StandardCharsets.UTF_8);
        byte[] name2 = column.getBytes(StandardCharsets.UTF_8);
        String label = "seq";
        int available = MAX_BYTES - (1 + label.length() + 1);
        int name1Chars = name1.length;
        int name2Chars = name2.length;
        while (name1Chars + name2Chars > available) {
            if (name1Chars > name2Chars) {
                name1Chars--;
            } else {
                name2Chars--;
            }
        }
        return clip(name1, name1Chars) + "_" + clip(name2, name2Chars) + "_" + label;
    }

    /** The first {@code length} bytes, backing off to a UTF-8 character boundary (pg_mbcliplen). */
    private static String clip(byte[] bytes, int length) {
        int end = length;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
