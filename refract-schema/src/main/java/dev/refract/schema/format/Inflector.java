package dev.refract.schema.format;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English word forms for the names of generated relation fields, following the rules of the Rust
 * inflector Prisma uses (cruet): {@code camelCase} ({@code PostableEntity} -> {@code postableEntity})
 * and plurals ({@code postableEntity} -> {@code postableEntities}, {@code person} -> {@code people}).
 */
final class Inflector {
    private Inflector() {
    }

    /** Words and capital letters become camelCase words; separators and trailing symbols go. */
    static String camelCase(String text) {
        String input = trimTrailingNonAlphanumeric(text);
        boolean newWord = false;
        boolean foundRealChar = false;
        int lastChar = ' ';
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); ) {
            int ch = input.codePointAt(i);
            i += Character.charCount(ch);
            boolean alphanumeric = Character.isLetterOrDigit(ch);
            if (!alphanumeric && foundRealChar) {
                newWord = true;
            } else if (!foundRealChar && !alphanumeric) {
                continue;
            } else if (Character.isDigit(ch) || Character.getType(ch) == Character.LETTER_NUMBER
                    || Character.getType(ch) == Character.OTHER_NUMBER) {
                foundRealChar = true;
                newWord = true;
                out.appendCodePoint(ch);
            } else if (newWord || (Character.isLowerCase(lastChar) && Character.isUpperCase(ch))) {
                foundRealChar = true;
                newWord = false;
                out.appendCodePoint(asciiUpper(ch));
            } else {
                foundRealChar = true;
                lastChar = ch;
                out.appendCodePoint(asciiLower(ch));
            }
        }
        return out.toString();
    }

    private static String trimTrailingNonAlphanumeric(String text) {
        int end = text.length();
        while (end > 0) {
            int ch = text.codePointBefore(end);
            if (Character.isLetterOrDigit(ch)) {
                break;
            }
            end -= Character.charCount(ch);
        }
        return text.substring(0, end);
    }

    private static int asciiUpper(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    private static int asciiLower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    /** Checked from the last to the first: the first that matches wins. */
    private static final List<Rule> PLURAL_RULES = List.of(
            Rule.of("(\\w*)s$", "s"),
            Rule.of("(\\w*([^aeiou]ese))$", ""),
            Rule.of("(\\w*(ax|test))is$", "es"),
            Rule.of("(\\w*(alias|[^aou]us|tlas|gas|ris))$", "es"),
            Rule.of("(\\w*(e[mn]u))s?$", "s"),
            Rule.of("(\\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$", ""),
            Rule.of("(\\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))"
                    + "(?:us|i)$", "i"),
            Rule.of("(\\w*(alumn|alg|vertebr))(?:a|ae)$", "ae"),
            Rule.of("(\\w*(seraph|cherub))(?:im)?$", "im"),
            Rule.of("(\\w*(her|at|gr))o$", "oes"),
            Rule.of("(\\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi"
                    + "|curricul|automat|quor))(?:a|um)$", "a"),
            Rule.of("(\\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr"
                    + "|automat))(?:a|on)$", "a"),
            Rule.of("(\\w*)sis$", "ses"),
            Rule.of("(\\w*(kni|wi|li))fe$", "ves"),
            Rule.of("(\\w*(ar|l|ea|eo|oa|hoo))f$", "ves"),
            Rule.of("(\\w*([^aeiouy]|qu))y$", "ies"),
            Rule.of("(\\w*([^ch][ieo][ln]))ey$", "ies"),
            Rule.of("(\\w*(x|ch|ss|sh|zz)es)$", ""),
            Rule.of("(\\w*(x|ch|ss|sh|zz))$", "es"),
            Rule.of("(\\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$", "ices"),
            Rule.of("(\\w*(m|l))(?:ice|ouse)$", "ice"),
            Rule.of("(\\w*(pe))(?:rson|ople)$", "ople"),
            Rule.of("(\\w*(child))(?:ren)?$", "ren"),
            Rule.of("(\\w*eaux)$", ""));

    private static final Set<String> UNCOUNTABLE = Set.of(
            "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft", "alcohol",
            "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef", "biology",
            "blood", "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos", "chess",
            "crossroads", "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics", "education",
            "electricity", "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence", "evolution", "fame",
            "fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows", "garbage", "garlic", "genetics",
            "gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware",
            "harm", "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey", "hospitality",
            "housework", "humour", "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence",
            "iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter", "lava", "leather",
            "leisure", "lightning", "linguine", "linguini", "linguistics", "literature", "litter", "livestock",
            "logic", "loneliness", "luck", "luggage", "macaroni", "machinery", "magic", "management", "mankind",
            "marble", "mathematics", "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps",
            "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen",
            "pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
            "punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice",
            "rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping",
            "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam",
            "stuff", "stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber", "traffic",
            "transportation", "trust", "underwear", "unemployment", "unity", "validity", "veal", "vegetation",
            "vegetarianism", "vengeance", "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat",
            "wildlife", "wisdom", "yoga", "zinc", "zoology");

    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.of(
            "ox", "oxen", "man", "men", "woman", "women", "die", "dice", "yes", "yeses", "foot", "feet",
            "eave", "eaves", "goose", "geese", "tooth", "teeth", "quiz", "quizzes");

    static String plural(String word) {
        if (UNCOUNTABLE.contains(word)) {
            return word;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (int i = PLURAL_RULES.size() - 1; i >= 0; i--) {
            Rule rule = PLURAL_RULES.get(i);
            Matcher matcher = rule.pattern().matcher(word);
            if (matcher.find() && matcher.group(1) != null) {
                return matcher.group(1) + rule.replacement();
            }
        }
        return word + "s";
    }
}
