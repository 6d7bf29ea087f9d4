package dev.refract.client.query;

import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;

/**
 * One aggregate of a field: Prisma's {@code _count}, {@code _sum}, {@code _avg}, {@code _min} or
 * {@code _max} of {@code field}; {@code _count} of a null field counts records ({@code _all}).
 */
public record Aggregation(Op op, ScalarField field) {

    /** The aggregate functions, named as Prisma's result keys. */
    public enum Op {
        COUNT("_count"), AVG("_avg"), SUM("_sum"), MIN("_min"), MAX("_max");

        private final String key;

        Op(String key) {
            this.key = key;
        }

        /** The result key: {@code _count}, {@code _avg}... */
        public String key() {
            return key;
        }

        /** The op a result key names, or null. */
        public static Op byKey(String key) {
            for (Op op : values()) {
                if (op.key.equals(key)) {
                    return op;
                }
            }
            return null;
        }

        /**
         * Whether the op takes {@code field}: {@code _count} any scalar, {@code _sum}/{@code _avg} numbers
         * (Int, BigInt, Float, Decimal), {@code _min}/{@code _max} anything orderable (not Json, Bytes, lists).
         */
        public boolean accepts(ScalarField field) {
            if (this == COUNT) {
                return true;
            }
            if (field.isList()) {
                return false;
            }
            ScalarKind kind = field.type() instanceof FieldType.Scalar s ? s.kind() : null;
            if (this == SUM || this == AVG) {
                return kind != null && kind.isNumeric();
            }
            return kind != ScalarKind.JSON && kind != ScalarKind.BYTES;
        }
    }

    /** Prisma's {@code _count: {_all: true}}: the number of records. */
    public static Aggregation countAll() {
        return new Aggregation(Op.COUNT, null);
    }

    /** The key of the field in the op's result object ({@code _all} for a count of records). */
    public String fieldKey() {
        return field == null ? "_all" : field.name();
    }
}
