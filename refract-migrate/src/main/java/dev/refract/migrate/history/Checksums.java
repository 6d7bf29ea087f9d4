package dev.refract.migrate.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Migration script checksums exactly as Prisma computes them: SHA-256 of the script's UTF-8 text,
 * as 64 lowercase hex digits. A recorded checksum still matches after git converted the file's line
 * endings (the script is also hashed with CRLF turned into LF and LF into CRLF), and matches the
 * unpadded hex that early versions of Prisma's engine recorded.
 */
public final class Checksums {
    /** The length of a checksum as Prisma writes it. */
    public static final int LENGTH = 64;

    private Checksums() {
    }

    /** The checksum Prisma records for {@code script}. */
    public static String of(String script) {
        return HexFormat.of().formatHex(sha256(script));
    }

    /** Whether {@code checksum} was recorded for this script, up to line endings. */
    public static boolean matches(String script, String checksum) {
        return matchesExactly(script, checksum)
                || matchesExactly(script.replace("\r\n", "\n"), checksum)
                || matchesExactly(script.replace("\n", "\r\n"), checksum);
    }

    private static boolean matchesExactly(String script, String checksum) {
        byte[] digest = sha256(script);
        if (!checksum.isEmpty() && checksum.length() != LENGTH) {
            return unpadded(digest).equals(checksum);
        }
        return HexFormat.of().formatHex(digest).equals(checksum);
    }

    /** Each byte in hex without its leading zero, as engines before 2.15 wrote checksums. */
    private static String unpadded(byte[] digest) {
        StringBuilder text = new StringBuilder(LENGTH);
        for (byte b : digest) {
            text.append(Integer.toHexString(b & 0xff));
        }
        return text.toString();
    }

    private static byte[] sha256(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
