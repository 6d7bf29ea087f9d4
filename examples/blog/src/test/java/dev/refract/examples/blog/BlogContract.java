package dev.refract.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Acceptance 1 of issue 7: {@code bin/blog} (the real script, as a process) on a fresh database,
 * every API route and every page. Pages and reads run first, on the seed's data; writes after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BlogContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private BlogProcess blog;

    /** The DATABASE_URL of a fresh, empty database. */
    abstract String databaseUrl() throws Exception;

    @BeforeAll
    void start() throws Exception {
        Path logs = Path.of("target", "blog-e2e");
        Files.createDirectories(logs);
        blog = BlogProcess.start(databaseUrl(), logs);
    }

    @AfterAll
    void stop() {
        if (blog != null) {
            blog.close();
        }
    }

    // ---- pages (seeded data) -------------------------------------------------------------

    @Test
    @Order(1)
    void homePageListsThePublishedPosts() throws Exception {
        Document page = Browser.load(blog.base + "/");
        assertThat(page.title()).isEqualTo("Latest posts · Refract blog");
        List<String> titles = page.select(".card.post h2 a").eachText();
        assertThat(titles).containsExactlyInAnyOrder("Hello, Refract", "Migrations without fear", "Typed queries");
        assertThat(page.select(".card.post .author").eachText()).contains("Alice", "Bob");
        assertThat(page.select(".tag").eachText()).contains("java", "news", "databases");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/style.css");
        assertThat(get("/style.css").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void usersPageShowsEachUserWithTheirPostCount() throws Exception {
        Document page = Browser.load(blog.base + "/users");
        List<String> rows = new ArrayList<>();
        for (Element row : page.select("tr.user")) {
            rows.add(row.select(".name").text() + "|" + row.select(".email").text() + "|" + row.select(".count").text());
        }
        assertThat(rows).containsExactly("Alice|alice@example.com|2", "Bob|bob@example.com|2", "Carol|carol@example.com|0");
        assertThat(page.html()).doesNotContain("$2a$");   // no password hash on any page
    }

    @Test
    @Order(3)
    void postPageShowsThePost_andAnUnknownPostIs404() throws Exception {
        int id = postId("Hello, Refract");
        Document page = Browser.load(blog.base + "/posts/" + id);
        assertThat(page.select("article h1").text()).isEqualTo("Hello, Refract");
        assertThat(page.select("article .author").text()).isEqualTo("Alice");
        assertThat(page.select("article .tag").eachText()).containsExactly("java", "news");
        assertThat(page.select("article .content").text()).isEqualTo("The Prisma workflow, in Java.");
        assertThat(get("/posts/99999").statusCode()).isEqualTo(404);
        assertThat(Browser.load(blog.base + "/posts/99999").select("h1").text()).isEqualTo("Not found");
    }

    // ---- users ---------------------------------------------------------------------------

    @Test
    @Order(10)
    void listsUsersWithoutPasswords() throws Exception {
        HttpResponse<String> r = get("/api/users");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode users = JSON.readTree(r.body());
        assertThat(users).hasSize(3);
        List<String> fields = new ArrayList<>();
        users.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "email", "name", "role", "createdAt");
        assertThat(users.get(0).get("role").asText()).isEqualTo("ADMIN");
        assertThat(r.body()).doesNotContain("password").doesNotContain("$2a$");

        JsonNode page = json(get("/api/users?take=1&skip=1"));
        assertThat(page).hasSize(1);
        assertThat(page.get(0).get("email").asText()).isEqualTo("bob@example.com");

        JsonNode withPosts = json(get("/api/users?include=posts"));
        assertThat(withPosts.get(0).get("posts")).hasSize(2);
        assertThat(withPosts.get(2).get("posts")).isEmpty();
        assertThat(get("/api/users?include=profile").statusCode()).isEqualTo(400);
        assertThat(get("/api/users?take=abc").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(11)
    void oneUserComesWithPostsAndProfile() throws Exception {
        int alice = userId("alice@example.com");
        JsonNode user = json(get("/api/users/" + alice));
        assertThat(user.get("posts")).hasSize(2);
        assertThat(user.get("profile").get("bio").asText()).isEqualTo("Writes about Java and databases.");
        assertThat(user.has("password")).isFalse();
        assertError(get("/api/users/99999"), 404, "P2025");
        assertError(get("/api/users/abc"), 400, "INVALID_INPUT");
    }

    @Test
    @Order(12)
    void createsUsers_duplicateEmailIs409_badInputIs400() throws Exception {
        HttpResponse<String> created = send("POST", "/api/users", "{\"email\":\"dan@example.com\",\"name\":\"Dan\",\"password\":\"dan-password\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode dan = JSON.readTree(created.body());
        assertThat(dan.get("email").asText()).isEqualTo("dan@example.com");
        assertThat(dan.get("role").asText()).isEqualTo("USER");
        assertThat(created.body()).doesNotContain("password").doesNotContain("dan-password");

        assertError(send("POST", "/api/users", "{\"email\":\"dan@example.com\",\"password\":\"another-one\"}"), 409, "P2002");
        assertError(send("POST", "/api/users", "{\"email\":\"dan@example.com\", \"password\":"), 400, "INVALID_JSON");
        assertError(send("POST", "/api/users", "{\"email\":\"eve@example.com\"}"), 400, "INVALID_INPUT");
        assertError(send("POST", "/api/users", "{\"email\":42,\"password\":\"long-enough\"}"), 400, "INVALID_INPUT");
        assertError(send("POST", "/api/users", "[1,2]"), 400, "INVALID_INPUT");
    }

    @Test
    @Order(13)
    void searchTakesTheTextLiterally() throws Exception {
        for (String[] u : new String[][] {
            {"percent@example.com", "100% sure"},
            {"under@example.com", "snake_case"},
            {"quote@example.com", "O'Brien \"the quoted\""},
            {"zoe@example.com", "Zoë Ünïcødé 日本"},
            {"plain@example.com", "Plain Person"}}) {
            assertThat(send("POST", "/api/users", "{\"email\":\"" + u[0] + "\",\"name\":" + JSON.writeValueAsString(u[1])
                    + ",\"password\":\"password-1\"}").statusCode()).isEqualTo(201);
        }
        assertThat(searchUsers("%")).containsExactly("percent@example.com");
        assertThat(searchUsers("_")).containsExactly("under@example.com");
        assertThat(searchUsers("'")).containsExactly("quote@example.com");
        assertThat(searchUsers("\"the")).containsExactly("quote@example.com");
        assertThat(searchUsers("Ünïcødé")).containsExactly("zoe@example.com");
        assertThat(searchUsers("日本")).containsExactly("zoe@example.com");
        assertThat(searchUsers("ALICE")).containsExactly("alice@example.com");   // case-insensitive
        assertThat(searchUsers("%_")).isEmpty();
        assertThat(searchUsers("\\")).isEmpty();
    }

    @Test
    @Order(14)
    void updatesAndDeletesUsers() throws Exception {
        int dan = userId("dan@example.com");
        JsonNode updated = json(send("PATCH", "/api/users/" + dan, "{\"name\":\"Daniel\",\"role\":\"ADMIN\"}"));
        assertThat(updated.get("name").asText()).isEqualTo("Daniel");
        assertThat(updated.get("role").asText()).isEqualTo("ADMIN");
        assertError(send("PATCH", "/api/users/" + dan, "{\"email\":\"alice@example.com\"}"), 409, "P2002");
        assertError(send("PATCH", "/api/users/99999", "{\"name\":\"x\"}"), 404, "P2025");
        assertError(send("PATCH", "/api/users/" + dan, "{\"role\":\"KING\"}"), 400, "INVALID_INPUT");
        assertError(send("PATCH", "/api/users/" + dan, "{name"), 400, "INVALID_JSON");

        assertError(send("DELETE", "/api/users/" + userId("alice@example.com"), null), 409, "P2003");   // she has posts
        assertThat(send("DELETE", "/api/users/" + dan, null).statusCode()).isEqualTo(200);
        assertError(send("DELETE", "/api/users/" + dan, null), 404, "P2025");
        assertError(get("/api/users/" + dan), 404, "P2025");
    }

    // ---- posts ---------------------------------------------------------------------------

    @Test
    @Order(20)
    void listsAndFiltersPosts() throws Exception {
        JsonNode all = json(get("/api/posts"));
        assertThat(all).hasSize(4);
        List<String> fields = new ArrayList<>();
        all.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "content", "published", "authorId", "author", "categories", "createdAt");
        assertThat(all.get(0).get("author").has("name")).isTrue();
        assertThat(all.get(0).get("author").has("password")).isFalse();

        assertThat(titles("/api/posts?published=true")).hasSize(3).doesNotContain("A draft about pools");
        assertThat(titles("/api/posts?published=false")).containsExactly("A draft about pools");
        int bob = userId("bob@example.com");
        assertThat(titles("/api/posts?authorId=" + bob)).containsExactlyInAnyOrder("Typed queries", "A draft about pools");
        assertThat(titles("/api/posts?category=java")).containsExactlyInAnyOrder("Hello, Refract", "Typed queries");
        assertThat(titles("/api/posts?category=nothing")).isEmpty();
        assertThat(titles("/api/posts?search=POOLS")).containsExactly("A draft about pools");
        assertThat(titles("/api/posts?search=" + enc("%"))).isEmpty();
        assertThat(titles("/api/posts?orderBy=title:asc")).containsExactly(
                "A draft about pools", "Hello, Refract", "Migrations without fear", "Typed queries");
        assertThat(titles("/api/posts?orderBy=title:desc&take=2&skip=1")).containsExactly("Migrations without fear", "Hello, Refract");
        assertError(get("/api/posts?orderBy=password:asc"), 400, "INVALID_INPUT");
        assertError(get("/api/posts?published=yes"), 400, "INVALID_INPUT");
    }

    @Test
    @Order(21)
    void createsPostsWithCategoriesConnectedOrCreated() throws Exception {
        int carol = userId("carol@example.com");
        HttpResponse<String> created = send("POST", "/api/posts", "{\"title\":\"Carol's first\",\"content\":\"Hi 👋\",\"authorId\":" + carol
                + ",\"categories\":[\"java\",\"fresh\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode post = JSON.readTree(created.body());
        assertThat(post.get("published").asBoolean()).isFalse();
        assertThat(post.get("author").get("name").asText()).isEqualTo("Carol");
        List<String> categories = new ArrayList<>();
        post.get("categories").forEach(c -> categories.add(c.get("name").asText()));
        assertThat(categories).containsExactly("fresh", "java");
        assertThat(titles("/api/posts?category=fresh")).containsExactly("Carol's first");
        assertThat(titles("/api/posts?category=java")).hasSize(3);   // java was connected, not duplicated

        assertError(send("POST", "/api/posts", "{\"title\":\"Orphan\",\"authorId\":99999}"), 409, "P2003");
        assertError(send("POST", "/api/posts", "{\"authorId\":" + carol + "}"), 400, "INVALID_INPUT");
        assertError(send("POST", "/api/posts", "{\"title\":\"x\",\"authorId\":\"one\"}"), 400, "INVALID_INPUT");
        assertError(send("POST", "/api/posts", "{\"title\":"), 400, "INVALID_JSON");
    }

    @Test
    @Order(22)
    void readsUpdatesAndDeletesOnePost() throws Exception {
        int id = postId("A draft about pools");
        assertThat(json(get("/api/posts/" + id)).get("title").asText()).isEqualTo("A draft about pools");
        assertError(get("/api/posts/99999"), 404, "P2025");

        JsonNode published = json(send("PATCH", "/api/posts/" + id, "{\"published\":true}"));
        assertThat(published.get("published").asBoolean()).isTrue();
        assertThat(Browser.load(blog.base + "/").select(".card.post h2 a").eachText()).contains("A draft about pools");
        JsonNode recategorised = json(send("PATCH", "/api/posts/" + id, "{\"categories\":[\"databases\"],\"content\":null}"));
        assertThat(recategorised.get("categories").get(0).get("name").asText()).isEqualTo("databases");
        assertThat(recategorised.get("categories")).hasSize(1);
        assertThat(recategorised.get("content").isNull()).isTrue();
        assertError(send("PATCH", "/api/posts/99999", "{\"published\":true}"), 404, "P2025");
        assertError(send("PATCH", "/api/posts/" + id, "{\"published\":\"yes\"}"), 400, "INVALID_INPUT");
        assertError(send("PATCH", "/api/posts/" + id, "{oops}"), 400, "INVALID_JSON");

        assertThat(send("DELETE", "/api/posts/" + id, null).statusCode()).isEqualTo(200);
        assertError(send("DELETE", "/api/posts/" + id, null), 404, "P2025");
        assertThat(get("/posts/" + id).statusCode()).isEqualTo(404);
    }

    // ---- helpers -------------------------------------------------------------------------

    private List<String> searchUsers(String text) throws Exception {
        List<String> emails = new ArrayList<>();
        json(get("/api/users?search=" + enc(text))).forEach(u -> emails.add(u.get("email").asText()));
        return emails;
    }

    private List<String> titles(String path) throws Exception {
        List<String> titles = new ArrayList<>();
        json(get(path)).forEach(p -> titles.add(p.get("title").asText()));
        return titles;
    }

    private int userId(String email) throws Exception {
        for (JsonNode u : json(get("/api/users"))) {
            if (u.get("email").asText().equals(email)) {
                return u.get("id").asInt();
            }
        }
        throw new AssertionError("no user " + email);
    }

    private int postId(String title) throws Exception {
        for (JsonNode p : json(get("/api/posts"))) {
            if (p.get("title").asText().equals(title)) {
                return p.get("id").asInt();
            }
        }
        throw new AssertionError("no post " + title);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(blog.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(blog.base + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
