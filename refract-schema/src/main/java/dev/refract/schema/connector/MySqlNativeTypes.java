package dev.refract.schema.connector;

import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.NONE;
import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.ONE;
import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.OPTIONAL_ONE;
import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.OPTIONAL_TWO;
import static dev.refract.schema.connector.NativeTypeConstructor.of;
import static dev.refract.schema.model.ScalarKind.BIG_INT;
import static dev.refract.schema.model.ScalarKind.BOOLEAN;
import static dev.refract.schema.model.ScalarKind.BYTES;
import static dev.refract.schema.model.ScalarKind.DATE_TIME;
import static dev.refract.schema.model.ScalarKind.DECIMAL;
import static dev.refract.schema.model.ScalarKind.FLOAT;
import static dev.refract.schema.model.ScalarKind.INT;
import static dev.refract.schema.model.ScalarKind.JSON;
import static dev.refract.schema.model.ScalarKind.STRING;

import java.util.List;

/** MySQL's {@code @db.*} catalog, as Prisma 6.19 defines it (mysql_datamodel_connector/native_types.rs). */
final class MySqlNativeTypes {
    static final List<NativeTypeConstructor> CATALOG = List.of(
            of("Int", NONE, INT),
            of("UnsignedInt", NONE, INT),
            of("SmallInt", NONE, INT),
            of("UnsignedSmallInt", NONE, INT),
            of("TinyInt", NONE, BOOLEAN, INT),
            of("UnsignedTinyInt", NONE, BOOLEAN, INT),
            of("MediumInt", NONE, INT),
            of("UnsignedMediumInt", NONE, INT),
            of("BigInt", NONE, BIG_INT),
            of("Decimal", OPTIONAL_TWO, DECIMAL),
            of("UnsignedBigInt", NONE, BIG_INT),
            of("Float", NONE, FLOAT),
            of("Double", NONE, FLOAT),
            of("Bit", ONE, BOOLEAN, BYTES),
            of("Char", ONE, STRING),
            of("VarChar", ONE, STRING),
            of("Binary", ONE, BYTES),
            of("VarBinary", ONE, BYTES),
            of("TinyBlob", NONE, BYTES),
            of("Blob", NONE, BYTES),
            of("MediumBlob", NONE, BYTES),
            of("LongBlob", NONE, BYTES),
            of("TinyText", NONE, STRING),
            of("Text", NONE, STRING),
            of("MediumText", NONE, STRING),
            of("LongText", NONE, STRING),
            of("Date", NONE, DATE_TIME),
            of("Time", OPTIONAL_ONE, DATE_TIME),
            of("DateTime", OPTIONAL_ONE, DATE_TIME),
            of("Timestamp", OPTIONAL_ONE, DATE_TIME),
            of("Year", NONE, INT),
            of("Json", NONE, JSON));

    private MySqlNativeTypes() {
    }
}
