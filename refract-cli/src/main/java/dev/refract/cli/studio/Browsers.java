package dev.refract.cli.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Opens Studio's URL: the --browser command, else $BROWSER, else the system's opener; {@code none} opens nothing. */
final class Browsers {
    private Browsers() {
    }

    static void open(String option, Map<String, String> env, URI url, PrintWriter out) {
        String command = option != null ? option : env.get("BROWSER");
        if (command != null && command.equalsIgnoreCase("none")) {
            return;
        }
        List<String> argv = new ArrayList<>();
        if (command != null && !command.isBlank()) {
            argv.addAll(List.of(command.trim().split("\\s+")));
        } else {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("mac")) {
                argv.add("open");
            } else if (os.contains("win")) {
                argv.addAll(List.of("rundll32", "url.dll,FileProtocolHandler"));
            } else {
                argv.add("xdg-open");
            }
        }
        argv.add(url.toString());
        try {
            new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            out.println("Could not open a browser (" + argv.get(0) + "): open the URL above yourself.");
        }
    }
}
