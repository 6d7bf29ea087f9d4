package dev.refract.migrate.engine;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of new migrations as Prisma makes them: the name is slugified with {@code _} as separator
 * (Prisma uses {@code @sindresorhus/slugify}) and cut to 200 characters; the folder is
 * {@code <yyyyMMddHHmmss>_<name>} in UTC, so an empty name gives {@code 20240101120000_}.
 */
public final class MigrationNames {
    /** Prisma's limit on a migration name. */
    public static final int MAX_LENGTH = 200;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("&", " and "), Map.entry("\uD83E\uDD84", " unicorn "), Map.entry("\u2665", " love "),
            Map.entry("\u00DF", "ss"), Map.entry("\u00E4", "ae"), Map.entry("\u00C4", "Ae"),
            Map.entry("\u00F6", "oe"), Map.entry("\u00D6", "Oe"), Map.entry("\u00FC", "ue"),
            Map.entry("\u00DC", "Ue"), Map.entry("\u00C6", "AE"), Map.entry("\u00E6", "ae"),
            Map.entry("\u00D8", "O"), Map.entry("\u00F8", "o"), Map.entry("\u0141", "L"), Map.entry("\u0142", "l"),
            Map.entry("\u00D0", "D"), Map.entry("\u00F0", "d"), Map.entry("\u00DE", "TH"), Map.entry("\u00FE", "th"));
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTRACTION = Pattern.compile("([a-zA-Z\\d]+)'([ts])(\\s|$)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z\\d]+");

    private MigrationNames() {
    }

    /** Prisma's slug of a name the user typed: {@code "Add user.email"} gives {@code add_user_email}. */
    public static String slug(String name) {
        String text = name;
        for (Map.Entry<String, String> replacement : REPLACEMENTS.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
        }
        text = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = decamelize(text).toLowerCase(Locale.ROOT);
        text = CONTRACTION.matcher(text).replaceAll("$1$2$3");
        text = NOT_ALPHANUMERIC.matcher(text).replaceAll("_");
        text = text.replace("\\", "");
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '_') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '_') {
            end--;
        }
        String slug = text.substring(start, end);
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug;
    }

    /** {@code addUserTable} to {@code add User Table}, as slugify's decamelize does. */
    private static String decamelize(String text) {
        return text.replaceAll("([A-Z]{2,})(\\d+)", "$1 $2")
                .replaceAll("([a-z\\d]+)([A-Z]{2,})", "$1 $2")
                .replaceAll("([a-z\\d])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-rt-z\\d]+)", "$1 $2");
    }

    /**
     * The folder name of a migration created now: {@code <UTC timestamp>_<slug>}. Unlike Prisma, the
     * timestamp is moved on by a second while an existing folder's timestamp is not older, so a
     * second migration made within the same second still sorts (and is applied) after the first.
     */
    public static String folderName(Clock clock, String slug, List<String> existing) {
        LocalDateTime time = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
        for (String name : existing) {
            if (name.length() >= 14 && name.substring(0, 14).chars().allMatch(Character::isDigit)) {
                try {
                    LocalDateTime taken = LocalDateTime.parse(name.substring(0, 14), TIMESTAMP);
                    if (!taken.isBefore(time)) {
                        time = taken.plusSeconds(1);
                    }
                } catch (DateTimeParseException notATimestamp) {
                    // a hand-made name: it says nothing about time
                }
            }
        }
        return TIMESTAMP.format(time) + "_" + slug;
    }
}
