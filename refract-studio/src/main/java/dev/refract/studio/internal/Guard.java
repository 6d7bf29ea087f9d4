package dev.refract.studio.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to Studio. The Host header must name this server by a loopback name or the bound
 * hostname, or, bound to every interface, one of this machine's addresses or names (a DNS-rebinding
 * page sends its own domain); an Origin, when the browser sends one, must
 * be this server's (a foreign page's request is refused before it runs); and every API call must
 * carry the token printed with the URL.
 */
final class Guard {
    static final String TOKEN_HEADER = "X-Refract-Token";

    private final Set<String> hosts = new HashSet<>();
    private final byte[] token;

    Guard(String hostname, int port, String token) {
        List<String> names = new ArrayList<>(List.of("127.0.0.1", "localhost", "[::1]", bracketed(hostname)));
        if (hostname.equals("0.0.0.0") || hostname.equals("::")) {
            names.addAll(localNames());
        }
        for (String name : names) {
            hosts.add(name.toLowerCase(Locale.ROOT) + ":" + port);
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Bound to every interface: this machine's addresses and name are how other machines reach it. */
    private static List<String> localNames() {
        List<String> names = new ArrayList<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getCanonicalHostName());
        } catch (IOException unknown) {
            // no name: the addresses below still work
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    names.add(bracketed(zone < 0 ? text : text.substring(0, zone)));
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: loopback names only
        }
        return names;
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
