-- The blog dataset, reset before the first case and after every write case (both sides run it).
TRUNCATE "Label", "Like", "_PostToTag", "Post", "Tag", "Profile", "User" RESTART IDENTITY CASCADE;

INSERT INTO "User" ("id", "email", "name", "role", "age", "score", "balance", "views", "active", "createdAt", "meta", "avatar", "invitedById") VALUES
  (1, 'ann@x.io', 'Ann', 'ADMIN', 31, 9.5, 120.50, 9007199254740993, true, '2024-01-01 10:00:00', '{"plan": "pro", "n": 1, "labels": ["a", "b"]}', '\x010203', NULL),
  (2, 'bob@y.io', NULL, 'USER', 25, 7.25, 0, 42, true, '2024-01-02 10:00:00.123', '{"plan": "free"}', NULL, 1),
  (3, 'Cid@X.io', 'cid', 'USER', NULL, 3, -5.75, 0, false, '2024-01-03 10:00:00', NULL, '\xff00', 1),
  (4, 'dee@z.io', 'Dee', 'EDITOR', 40, 8, 1000, 7, true, '2024-01-04 10:00:00', '{"plan": "pro", "n": 3}', NULL, 2),
  (5, 'eve@x.io', 'Eve', 'USER', 25, 0, 0.01, 100, true, '2024-01-05 10:00:00', '[1, 2, 3]', NULL, NULL),
  (6, 'fay@w.io', 'Fay', 'USER', 19, 5.5, 33.33, 1, false, '2024-01-06 10:00:00', NULL, NULL, NULL);

INSERT INTO "Profile" ("id", "bio", "userId") VALUES
  (1, 'ann bio', 1), (2, 'bob bio', 2), (3, 'dee writes', 4);

INSERT INTO "Post" ("id", "title", "content", "published", "rating", "price", "authorId", "createdAt", "updatedAt") VALUES
  (1, 'Hello', 'hi there', true, 4.5, 9.99, 1, '2024-02-01 08:00:00', '2024-02-01 08:00:00'),
  (2, 'Draft', NULL, false, NULL, NULL, 1, '2024-02-02 08:00:00', '2024-02-02 08:00:00'),
  (3, 'Second', 'two', true, 3.0, 19.50, 1, '2024-02-03 08:00:00', '2024-02-03 08:00:00'),
  (4, 'Bob''s', NULL, true, 5, 0, 2, '2024-02-04 08:00:00', '2024-02-04 08:00:00'),
  (5, 'Dee on tech', 'long text about TECH', true, 2.5, 100, 4, '2024-02-05 08:00:00', '2024-02-05 08:00:00'),
  (6, 'Hello', 'same title, other author', false, 4.5, 9.99, 4, '2024-02-06 08:00:00', '2024-02-06 08:00:00'),
  (7, 'Eve''s first', 'hi', true, NULL, NULL, 5, '2024-02-07 08:00:00', '2024-02-07 08:00:00');

INSERT INTO "Tag" ("id", "name") VALUES (1, 'news'), (2, 'tech'), (3, 'life'), (4, 'empty');

INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1), (1, 2), (3, 2), (4, 1), (5, 2), (5, 3), (7, 3);

INSERT INTO "Like" ("userId", "postId", "stars", "createdAt") VALUES
  (2, 1, 5, '2024-03-01 00:00:00'), (3, 1, 3, '2024-03-02 00:00:00'), (4, 1, 4, '2024-03-03 00:00:00'),
  (1, 4, 2, '2024-03-04 00:00:00'), (2, 5, 5, '2024-03-05 00:00:00'), (5, 5, 1, '2024-03-06 00:00:00'),
  (1, 7, 3, '2024-03-07 00:00:00');

INSERT INTO "Label" ("id", "name", "aliases", "sizes") VALUES
  (1, 'red', '{crimson,scarlet}', '{1,2,3}'), (2, 'green', '{}', '{}'), (3, 'blue', '{navy}', '{3}');

SELECT setval(pg_get_serial_sequence('"User"', 'id'), 6);
SELECT setval(pg_get_serial_sequence('"Label"', 'id'), 3);
SELECT setval(pg_get_serial_sequence('"Profile"', 'id'), 3);
SELECT setval(pg_get_serial_sequence('"Post"', 'id'), 7);
SELECT setval(pg_get_serial_sequence('"Tag"', 'id'), 4);
