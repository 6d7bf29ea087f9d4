-- A small, deterministic version of prisma/orm-benchmarks' data, reset before the first case and
-- after every write case (both sides run it).
TRUNCATE "_OrderProducts", "Order", "Address", "Product", "Customer" RESTART IDENTITY CASCADE;

INSERT INTO "Customer" ("id", "createdAt", "name", "email", "isActive") VALUES
  (1, '2024-01-01 09:00:00', 'Alice Doe', 'alice@example.com', true),
  (2, '2024-01-03 09:00:00', 'Bob Roe', 'bob@example.com', false),
  (3, '2024-01-02 09:00:00', NULL, 'anon@example.com', true),
  (4, '2024-01-05 09:00:00', 'Dora Poe', 'dora@example.com', true),
  (5, '2024-01-04 09:00:00', 'Ed Loe', 'ed@example.com', false),
  (6, '2024-01-07 09:00:00', 'Flo Moe', 'flo@example.com', true),
  (7, '2024-01-06 09:00:00', 'Gus Noe', 'gus@example.com', true),
  (8, '2024-01-08 09:00:00', 'Hal Zoe', 'hal@example.com', false),
  (9, '2024-01-09 09:00:00', 'Ida Koe', 'ida@example.com', true),
  (10, '2024-01-10 09:00:00', 'Jo Voe', 'jo@example.com', true),
  (11, '2024-01-11 09:00:00', 'Kai Woe', 'kai@example.com', true),
  (12, '2024-01-12 09:00:00', 'Lu Yoe', 'lu@example.com', true);

INSERT INTO "Address" ("id", "street", "city", "postalCode", "country", "customerId") VALUES
  (1, '1 Main St', 'Springfield', '11111', 'US', 1),
  (2, '2 Side St', 'Shelbyville', NULL, 'US', 2),
  (3, NULL, 'Berlin', '10115', 'DE', 4),
  (4, '4 Rue', 'Paris', '75001', 'FR', 6);

INSERT INTO "Product" ("id", "name", "price", "quantity", "description") VALUES
  (1, 'Widget', 9.99, 100, 'A widget'),
  (2, 'Gadget', 24.5, 20, NULL),
  (3, 'Doohickey', 3.25, 0, 'Out of stock'),
  (4, 'Gizmo', 120, 5, 'Premium');

INSERT INTO "Order" ("id", "date", "totalAmount", "customerId") VALUES
  (1, '2024-02-01 12:00:00', 34.49, 1),
  (2, '2024-02-02 12:00:00', 9.99, 1),
  (3, '2024-02-03 12:00:00', 120, 2),
  (4, '2024-02-04 12:00:00', 6.5, 4),
  (5, '2024-02-05 12:00:00', 144.5, 4),
  (6, '2024-02-06 12:00:00', 0.1, 7);

INSERT INTO "_OrderProducts" ("A", "B") VALUES (1, 1), (1, 2), (2, 1), (3, 4), (4, 3), (5, 2), (5, 4), (6, 3);

SELECT setval(pg_get_serial_sequence('"Customer"', 'id'), 12);
SELECT setval(pg_get_serial_sequence('"Address"', 'id'), 4);
SELECT setval(pg_get_serial_sequence('"Product"', 'id'), 4);
SELECT setval(pg_get_serial_sequence('"Order"', 'id'), 6);
