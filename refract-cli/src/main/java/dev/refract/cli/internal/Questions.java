package dev.refract.cli.internal;

import dev.refract.cli.Prompt;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/** Prisma's two kinds of questions, asked through a {@link Prompt}. */
public final class Questions {
    private Questions() {
    }

    /** A yes/no question, no by default: only an answer starting with y is a yes. */
    public static boolean confirm(Prompt prompt, PrintWriter out, String question) {
        Optional<String> answer = prompt.ask("? " + question + " › (y/N)", out);
        return answer.map(text -> text.strip().toLowerCase(Locale.ROOT).startsWith("y")).orElse(false);
    }

    /** A line of text; empty when the input ended (Prisma: cancelled by the user). */
    public static Optional<String> text(Prompt prompt, PrintWriter out, String question) {
        return prompt.ask("? " + question + " ›", out).map(String::strip);
    }
}
