package dev.refract.studio.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to Studio. The Host header must name this server by a loopback name or the bound
 * hostname (a DNS-rebinding page sends its own domain); an Origin, when the browser sends one, must
 * be this server's (a foreign page's request is refused before it runs); and every API call must
 * carry the token printed with the URL.
 */
final class Guard {
    static final String TOKEN_HEADER = "X-Refract-Token";

    private final Set<String> hosts = new HashSet<>();
    private final byte[] token;

    Guard(String hostname, int port, String token) {
        for (String name : new String[] {"127.0.0.1", "localhost", "[::1]", hostname.contains(":") ? "[" + hostname + "]" : hostname}) {
            hosts.add(name.toLowerCase(Locale.ROOT) + ":" + port);
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Null when the Host header names this server; else why not. */
    String checkHost(String host) {
        if (host == null || !hosts.contains(host.trim().toLowerCase(Locale.ROOT))) {
            return "Host `" + host + "` is not this Studio; open the URL printed by `refract studio`.";
        }
        return null;
    }

    /** Null when there is no Origin or it is this server; else why not. */
    String checkOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.trim().toLowerCase(Locale.ROOT);
        if (o.startsWith("http://") && hosts.contains(o.substring("http://".length()))) {
            return null;
        }
        return "Requests from origin `" + origin + "` are not allowed.";
    }

    boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
