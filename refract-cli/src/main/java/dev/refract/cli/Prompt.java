package dev.refract.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asking the user a question, as Prisma's commands do before they lose data. Only a terminal can be
 * asked: without one (a pipe, CI, a build) {@link #canPrompt()} is false and the commands decide as
 * Prisma does non-interactively (they stop with a message, or take a default), so they never wait
 * for input that cannot come. Tests give the answers up front with {@link #answering(String...)}.
 */
public interface Prompt {

    /** Whether questions can be asked. */
    boolean canPrompt();

    /** Shows {@code question} on {@code out} and reads one line; empty at the end of input. */
    Optional<String> ask(String question, PrintWriter out);

    /** No terminal: nothing can be asked. */
    Prompt NONE = new Prompt() {
        @Override
        public boolean canPrompt() {
            return false;
        }

        @Override
        public Optional<String> ask(String question, PrintWriter out) {
            throw new IllegalStateException("no terminal to ask: " + question);
        }
    };

    /** Questions on the terminal, answers read from it. */
    static Prompt terminal(Console console) {
        Objects.requireNonNull(console, "console");
        return new Prompt() {
            @Override
            public boolean canPrompt() {
                return true;
            }

            @Override
            public Optional<String> ask(String question, PrintWriter out) {
                out.print(question + " ");
                out.flush();
                return Optional.ofNullable(console.readLine());
            }
        };
    }

    /**
     * Answers given in advance, in order (tests); each question and its answer are printed as a
     * terminal would show them. Once they run out, the input has ended.
     */
    static Prompt answering(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return new Prompt() {
            @Override
            public boolean canPrompt() {
                return true;
            }

            @Override
            public Optional<String> ask(String question, PrintWriter out) {
                String answer = left.poll();
                out.println(question + " " + (answer == null ? "" : answer));
                return Optional.ofNullable(answer);
            }
        };
    }
}
