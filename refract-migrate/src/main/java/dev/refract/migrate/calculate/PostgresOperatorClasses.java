package dev.refract.migrate.calculate;

import java.util.Locale;
import java.util.Set;

/**
 * Operator classes of {@code @@index([field(ops: X)], type: Y)} as the PostgreSQL catalog names them
 * ({@code JsonbPathOps} is {@code jsonb_path_ops}), and null where the class is the default one for
 * the column type and access method, which is how the describer reports it ({@code pg_opclass.opcdefault}).
 */
final class PostgresOperatorClasses {
    /** Classes Prisma offers that are not their type's default for the access method they belong to. */
    private static final Set<String> NOT_DEFAULT = Set.of("jsonb_path_ops", "inet_minmax_ops");

    private PostgresOperatorClasses() {
    }

    /**
     * @param written   the {@code ops:} argument as written: {@code JsonbPathOps} or {@code raw("gin_trgm_ops")}
     * @param algorithm the index's {@code type:} ({@code Gin}, {@code Gist}...), or null for B-tree
     */
    static String described(String written, String algorithm) {
        String raw = raw(written);
        if (raw != null) {
            return raw;
        }
        String name = catalogName(written);
        boolean isDefault = !NOT_DEFAULT.contains(name) && !name.endsWith("_bloom_ops")
                && !name.endsWith("_minmax_multi_ops")
                && !(name.equals("inet_ops") && "Gist".equals(algorithm));
        return isDefault ? null : name;
    }

    /** Prisma's {@code Float4MinMaxMultiOps} as PostgreSQL's {@code float4_minmax_multi_ops}. */
    static String catalogName(String prismaName) {
        String s = prismaName.replace("MinMax", "Minmax").replace("TimestampTz", "Timestamptz")
                .replace("TimeTz", "Timetz").replace("VarBit", "Varbit");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The text of {@code raw("...")}, else null. */
    private static String raw(String written) {
        String s = written.strip();
        if (!s.startsWith("raw(") || !s.endsWith(")")) {
            return null;
        }
        String inner = s.substring(4, s.length() - 1).strip();
        if (inner.length() >= 2 && inner.startsWith("\"") && inner.endsWith("\"")) {
            return inner.substring(1, inner.length() - 1);
        }
        return inner;
    }
}
