-- MariaDB says so in its version string; it quotes string defaults where MySQL 8 does not.
SELECT VERSION() AS version
